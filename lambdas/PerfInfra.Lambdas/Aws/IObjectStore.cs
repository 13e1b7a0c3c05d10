namespace PerfInfra.Lambdas.Aws;

/// <summary>The report bucket as the handlers see it: text objects by key. S3 in Lambda, a dictionary in tests.</summary>
internal interface IObjectStore
{
    Task PutTextAsync(string key, string text, string contentType, CancellationToken cancellationToken);

    /// <summary>The object's text, or null when there is no such key.</summary>
    Task<string?> GetTextAsync(string key, CancellationToken cancellationToken);
}
