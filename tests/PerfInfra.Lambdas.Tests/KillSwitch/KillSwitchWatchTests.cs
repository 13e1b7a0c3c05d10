using PerfInfra.Lambdas.KillSwitch;
using PerfInfra.Lambdas.Tests.Support;

namespace PerfInfra.Lambdas.Tests.KillSwitch;

/// <summary>The poll loop against the SSM-backed switch on a local SSM endpoint.</summary>
public sealed class KillSwitchWatchTests
{
    private const string Name = "/perfinfra/test/kill-switch";
    private static readonly TimeSpan FastPoll = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task StartAsync_SwitchAlreadyStop_StopsBeforeReturning()
    {
        await using var ssm = new LocalSsmServer();
        ssm.Parameters[Name] = "stop";
        using var killSwitch = ssm.KillSwitch(Name);
        string? reason = null;

        await using var sut = await KillSwitchWatch.StartAsync(killSwitch, FastPoll, TimeProvider.System, r => reason = r, TextWriter.Null, CancellationToken.None);

        Assert.True(sut.Tripped);
        Assert.Equal($"stopped by kill switch {Name} (value 'stop')", reason);
    }

    [Fact]
    public async Task Loop_ReadFailsThenSwitchFlips_LogsTheFailureKeepsPollingAndStopsOnce()
    {
        await using var ssm = new LocalSsmServer();
        using var killSwitch = ssm.KillSwitch(Name);
        var log = new StringWriter();
        var stops = new List<string>();
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        await using var sut = await KillSwitchWatch.StartAsync(killSwitch, FastPoll, TimeProvider.System, r =>
        {
            stops.Add(r);
            stopped.TrySetResult();
        }, TextWriter.Synchronized(log), CancellationToken.None);
        Assert.False(sut.Tripped);
        ssm.Parameters[Name] = KillSwitchDefaults.RunValue;
        await Task.Delay(FastPoll * 3);
        ssm.Parameters[Name] = "STOP";
        await stopped.Task.WaitAsync(Bound);
        await Task.Delay(FastPoll * 3);

        Assert.Contains("ParameterNotFound", log.ToString(), StringComparison.Ordinal);
        Assert.Contains("the run goes on", log.ToString(), StringComparison.Ordinal);
        Assert.Equal([$"stopped by kill switch {Name} (value 'STOP')"], stops);
    }

    [Theory]
    [InlineData("run", true)]
    [InlineData(" RUN\n", true)]
    [InlineData("stop", false)]
    [InlineData("halt", false)]
    [InlineData("", false)]
    public void AllowsRuns_Value_OnlyRunLetsRunsGoOn(string value, bool expected) =>
        Assert.Equal(expected, KillSwitchDefaults.AllowsRuns(value));
}
