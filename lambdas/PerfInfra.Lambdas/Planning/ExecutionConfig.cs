using PerfInfra.Engine.Config;
using PerfInfra.Engine.Safety;

namespace PerfInfra.Lambdas.Planning;

/// <summary>
/// The config one execution runs: the deployed one, or the execution input's <c>config</c> (YAML text,
/// validated by the engine's loader like the deployed file, every error named by line and key). The
/// input can change anything a test defines, never what keeps it safe: the deployed
/// <c>target.allow_hosts</c> and <c>safety</c> caps replace whatever the input says, so whoever can start
/// an execution still cannot aim it at another host or raise a cap.
/// </summary>
internal static class ExecutionConfig
{
    public const string InputSource = "execution input config";

    public static LoadTestConfig For(LoadTestConfig deployed, string? inputConfig)
    {
        ArgumentNullException.ThrowIfNull(deployed);
        if (inputConfig is null)
        {
            return deployed;
        }

        LoadTestConfig given;
        try
        {
            given = ConfigLoader.LoadText(inputConfig, InputSource);
        }
        catch (ConfigException e)
        {
            throw new PlanRejectedException(e.Errors.Select(error => $"config: {error.File}:{error.Line}: {error.KeyPath}: {error.Message}"));
        }

        // The loader checked base_url against the input's own list; the deployed list is the one that counts.
        var allowed = new HostAllowList(deployed.Target.AllowHosts);
        if (given.Target.BaseUrl is { } url && !allowed.Allows(url))
        {
            throw new PlanRejectedException([$"config: {InputSource}: target.base_url '{url.GetLeftPart(UriPartial.Authority)}': host '{url.IdnHost}' is not on the deployed allow-list ({string.Join(", ", deployed.Target.AllowHosts)}); an execution input cannot widen it"]);
        }

        return given with
        {
            Target = given.Target with { AllowHosts = deployed.Target.AllowHosts },
            Safety = deployed.Safety,
        };
    }
}
