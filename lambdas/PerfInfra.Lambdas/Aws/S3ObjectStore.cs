using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace PerfInfra.Lambdas.Aws;

/// <summary>
/// <see cref="IObjectStore"/> on one S3 bucket. Credentials and region come from the Lambda
/// environment; <see cref="Create"/> also points the client at a local S3 (s3rver) for the harness.
/// </summary>
internal sealed class S3ObjectStore : IObjectStore, IDisposable
{
    private readonly IAmazonS3 _s3;
    private readonly string _bucket;
    private readonly bool _chunkedUploads;

    public S3ObjectStore(IAmazonS3 s3, string bucket, bool chunkedUploads = true)
    {
        _s3 = s3;
        _bucket = bucket;
        _chunkedUploads = chunkedUploads;
    }

    /// <summary>
    /// A client for <paramref name="bucket"/>; with <paramref name="endpoint"/> (a local S3 stand-in)
    /// path-style addressing and no chunked uploads, which s3rver does not understand.
    /// </summary>
    public static S3ObjectStore Create(string bucket, Uri? endpoint)
    {
        var config = new AmazonS3Config();
        if (endpoint is not null)
        {
            config.ServiceURL = endpoint.ToString();
            config.ForcePathStyle = true;
        }

        return new S3ObjectStore(new AmazonS3Client(config), bucket, chunkedUploads: endpoint is null);
    }

    public async Task PutTextAsync(string key, string text, string contentType, CancellationToken cancellationToken)
    {
        await _s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = _bucket,
            Key = key,
            ContentBody = text,
            ContentType = contentType,
            UseChunkEncoding = _chunkedUploads,
        }, cancellationToken);
    }

    public async Task<string?> GetTextAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _s3.GetObjectAsync(_bucket, key, cancellationToken);
            using var reader = new StreamReader(response.ResponseStream);
            return await reader.ReadToEndAsync(cancellationToken);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public void Dispose() => _s3.Dispose();
}
