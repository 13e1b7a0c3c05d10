namespace PerfInfra.Engine.Http;

/// <summary>
/// Which HTTP status codes count as success for a step. A response outside the set is an error of
/// kind <c>http_&lt;status&gt;</c>. The default accepts 2xx and 3xx, as k6 and Locust do.
/// </summary>
public sealed record StatusExpectation(IReadOnlyList<int> Codes)
{
    public static StatusExpectation Default { get; } = new(Array.Empty<int>());

    public bool IsSuccess(int status) =>
        Codes.Count == 0 ? status is >= 200 and < 400 : Codes.Contains(status);

    public override string ToString() => Codes.Count == 0 ? "2xx|3xx" : string.Join('|', Codes);
}
