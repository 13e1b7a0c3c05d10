namespace PerfInfra.Lambdas.KillSwitch;

/// <summary>
/// No switch configured (KILL_SWITCH_PARAMETER unset): always "run". The CDK stack always sets the
/// parameter; this is for the local harness, which runs the handlers without SSM.
/// </summary>
internal sealed class NoKillSwitch : IKillSwitch
{
    public static NoKillSwitch Instance { get; } = new();

    public string Name => "(none configured)";

    public Task<string> ReadAsync(CancellationToken cancellationToken) => Task.FromResult(KillSwitchDefaults.RunValue);
}
