namespace PerfInfra.Engine.Http;

/// <summary>Interned <c>http_&lt;code&gt;</c> kinds, so a run full of 500s does not build a string per response.</summary>
internal static class StatusErrorKinds
{
    private const int MaxStatus = 599;
    private static readonly string[] Kinds = Enumerable.Range(0, MaxStatus + 1).Select(ErrorKinds.ForStatus).ToArray();

    public static string For(int status) => status is >= 0 and <= MaxStatus ? Kinds[status] : ErrorKinds.ForStatus(status);
}
