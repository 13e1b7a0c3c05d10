namespace PerfInfra.PipelineJob.Storage;

/// <summary>Reads <see cref="JobEnvironment.S3Endpoint"/>: unset (AWS S3) or an absolute http(s) URL.</summary>
internal static class S3Endpoint
{
    public static Uri? Read(JobEnvironment environment)
    {
        var raw = environment.Get(JobEnvironment.S3Endpoint);
        if (raw is null)
        {
            return null;
        }

        if (Uri.TryCreate(raw, UriKind.Absolute, out var endpoint) && endpoint.Scheme is "http" or "https")
        {
            return endpoint;
        }

        throw new JobInputException($"{JobEnvironment.S3Endpoint} = '{raw}' is not an endpoint URL; expected e.g. http://127.0.0.1:4568, or leave it unset for AWS S3");
    }
}
