using Amazon.S3;
using Amazon.S3.Model;

namespace PerfInfra.PipelineJob.Tests.Support;

/// <summary>
/// One s3rver with a raw and a curated bucket for every test, the job's environment pointing at it, and
/// a client of its own to look at what the job wrote.
/// </summary>
public sealed class LocalS3 : IAsyncLifetime
{
    public const string RawBucket = "perfinfra-raw-local";
    public const string CuratedBucket = "perfinfra-curated-local";

    private S3rverProcess? _server;

    internal Uri Endpoint => _server!.Endpoint;

    internal AmazonS3Client Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _server = await S3rverProcess.StartAsync(RawBucket, CuratedBucket);
        // The SDK's default credential chain reads these, in process and in the job's child processes.
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", S3rverProcess.AccessKey);
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", S3rverProcess.AccessKey);
        Environment.SetEnvironmentVariable("AWS_REGION", "us-east-1");
        Client = new AmazonS3Client(new AmazonS3Config { ServiceURL = Endpoint.ToString(), ForcePathStyle = true });
    }

    public Task DisposeAsync()
    {
        Client?.Dispose();
        _server?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The job's environment for a run against this server; <paramref name="overrides"/> win (null removes a variable).</summary>
    internal Dictionary<string, string?> JobEnvironmentFor(string runId, string? records, IDictionary<string, string?>? overrides = null)
    {
        var environment = new Dictionary<string, string?>
        {
            [JobEnvironment.RunId] = runId,
            [JobEnvironment.Records] = records,
            [JobEnvironment.SourceBucket] = RawBucket,
            [JobEnvironment.DestinationBucket] = CuratedBucket,
            [JobEnvironment.S3Endpoint] = Endpoint.ToString(),
        };
        foreach (var (name, value) in overrides ?? new Dictionary<string, string?>())
        {
            environment[name] = value;
        }

        return environment;
    }

    /// <summary>Keys and sizes under a prefix, in key order.</summary>
    internal async Task<IReadOnlyList<S3Object>> ListAsync(string bucket, string prefix = "")
    {
        var objects = new List<S3Object>();
        var request = new ListObjectsV2Request { BucketName = bucket, Prefix = prefix };
        ListObjectsV2Response response;
        do
        {
            response = await Client.ListObjectsV2Async(request);
            objects.AddRange(response.S3Objects ?? []);
            request.ContinuationToken = response.NextContinuationToken;
        }
        while (response.IsTruncated == true);

        return objects.OrderBy(o => o.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>Every object of both buckets: what a run that must write nothing must leave unchanged.</summary>
    internal async Task<int> CountAllAsync() => (await ListAsync(RawBucket)).Count + (await ListAsync(CuratedBucket)).Count;

    /// <summary>Downloads the objects to <paramref name="directory"/>, keeping their keys as paths.</summary>
    internal async Task DownloadAsync(string bucket, IEnumerable<S3Object> objects, string directory)
    {
        foreach (var o in objects)
        {
            using var response = await Client.GetObjectAsync(bucket, o.Key);
            await response.WriteResponseStreamToFileAsync(Path.Combine(directory, o.Key), append: false, CancellationToken.None);
        }
    }

    internal async Task PutTextAsync(string bucket, string key, string text) =>
        await Client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, ContentBody = text, UseChunkEncoding = false });
}
