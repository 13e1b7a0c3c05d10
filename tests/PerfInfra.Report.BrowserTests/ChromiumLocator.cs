namespace PerfInfra.Report.BrowserTests;

/// <summary>
/// Where the browser is: PERFINFRA_CHROMIUM if set, else Debian's chromium (installed by build.sh).
/// Playwright's own browser download cannot run on these machines, hence ExecutablePath.
/// </summary>
internal static class ChromiumLocator
{
    public const string EnvironmentVariable = "PERFINFRA_CHROMIUM";

    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    public static string Find()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new FileNotFoundException($"{EnvironmentVariable}={configured}: no such file");
        }

        return Candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException(
                $"Chromium not found at {string.Join(" or ", Candidates)}: run ./build.sh test (it installs Debian's chromium) or apt-get install -y chromium, or set {EnvironmentVariable}");
    }
}
