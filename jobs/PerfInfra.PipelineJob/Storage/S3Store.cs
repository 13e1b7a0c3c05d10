using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace PerfInfra.PipelineJob.Storage;

/// <summary>
/// The S3 calls the job makes — upload a file, download one, list a prefix — each failure turned into a
/// <see cref="JobStorageException"/> naming the call and the s3:// address. Region and credentials come
/// from the standard SDK environment (in Batch: AWS_REGION from the job definition, the job role through
/// the container credentials endpoint); <see cref="JobEnvironment.S3Endpoint"/> points it elsewhere.
/// </summary>
internal sealed class S3Store : IDisposable
{
    private readonly IAmazonS3 _s3;
    private readonly bool _chunkedUploads;
    private readonly string _where;

    private S3Store(IAmazonS3 s3, bool chunkedUploads, string where)
    {
        _s3 = s3;
        _chunkedUploads = chunkedUploads;
        _where = where;
    }

    /// <param name="endpoint">An S3-compatible server: path-style addressing and no chunked uploads, which s3rver does not understand.</param>
    public static S3Store Create(Uri? endpoint)
    {
        var config = new AmazonS3Config();
        if (endpoint is null)
        {
            return new S3Store(new AmazonS3Client(config), chunkedUploads: true, "AWS S3");
        }

        config.ServiceURL = endpoint.ToString();
        config.ForcePathStyle = true;
        return new S3Store(new AmazonS3Client(config), chunkedUploads: false, $"S3 endpoint {endpoint}");
    }

    public async Task UploadAsync(string bucket, string key, string path, string contentType, CancellationToken cancellationToken) =>
        await CallAsync("upload to", bucket, key, () => _s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket,
            Key = key,
            FilePath = path,
            ContentType = contentType,
            UseChunkEncoding = _chunkedUploads,
        }, cancellationToken));

    public async Task DownloadAsync(string bucket, string key, string path, CancellationToken cancellationToken) =>
        await CallAsync("download", bucket, key, async () =>
        {
            using var response = await _s3.GetObjectAsync(bucket, key, cancellationToken);
            await response.WriteResponseStreamToFileAsync(path, append: false, cancellationToken);
            return response.ContentLength;
        });

    /// <summary>Every object under <paramref name="prefix"/>, in key order, across as many pages as S3 needs.</summary>
    public async Task<IReadOnlyList<StoredObject>> ListAsync(string bucket, string prefix, CancellationToken cancellationToken) =>
        await CallAsync("list", bucket, prefix, async () =>
        {
            var objects = new List<StoredObject>();
            var request = new ListObjectsV2Request { BucketName = bucket, Prefix = prefix };
            ListObjectsV2Response response;
            do
            {
                response = await _s3.ListObjectsV2Async(request, cancellationToken);
                // SDK v4 leaves empty collections null.
                objects.AddRange((response.S3Objects ?? []).Select(o => new StoredObject(o.Key, o.Size ?? 0)));
                request.ContinuationToken = response.NextContinuationToken;
            }
            while (response.IsTruncated == true);

            return (IReadOnlyList<StoredObject>)objects.OrderBy(o => o.Key, StringComparer.Ordinal).ToList();
        });

    public void Dispose() => _s3.Dispose();

    private async Task<T> CallAsync<T>(string operation, string bucket, string key, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is AmazonServiceException or AmazonClientException or HttpRequestException)
        {
            var reason = e is AmazonServiceException { ErrorCode: { } code } ? $"{code}: {e.Message}" : e.Message;
            throw new JobStorageException($"could not {operation} s3://{bucket}/{key} ({_where}): {reason}", e);
        }
    }
}
