namespace PerfInfra.Lambdas.KillSwitch;

/// <summary>
/// The operator's stop for every run of the deployed stack (issue #7): one value, "run" or "stop",
/// read by the plan before a run starts and polled by every worker while it runs. An SSM parameter in
/// Lambda (<see cref="Aws.SsmKillSwitch"/>); tests use a real SSM endpoint on loopback.
/// </summary>
internal interface IKillSwitch
{
    /// <summary>The switch's name in messages: the SSM parameter's name.</summary>
    string Name { get; }

    /// <summary>The switch's current value, trimmed. Throws when it cannot be read (the caller decides what that means).</summary>
    Task<string> ReadAsync(CancellationToken cancellationToken);
}
