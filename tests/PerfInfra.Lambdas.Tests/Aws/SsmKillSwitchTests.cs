using Amazon.SimpleSystemsManagement.Model;
using PerfInfra.Lambdas.Tests.Support;

namespace PerfInfra.Lambdas.Tests.Aws;

/// <summary>The SSM-backed kill switch through the real AWSSDK client against a local SSM endpoint.</summary>
public sealed class SsmKillSwitchTests
{
    private const string Name = "/perfinfra/test/kill-switch";

    [Fact]
    public async Task ReadAsync_ParameterSet_SendsASignedGetParameterAndReturnsTheTrimmedValue()
    {
        await using var ssm = new LocalSsmServer();
        ssm.Parameters[Name] = " stop\n";
        using var sut = ssm.KillSwitch(Name);

        var value = await sut.ReadAsync(CancellationToken.None);

        Assert.Equal("stop", value);
        var request = Assert.Single(ssm.Requests);
        Assert.Equal(("AmazonSSM.GetParameter", Name, true), request);
    }

    [Fact]
    public async Task ReadAsync_ParameterMissing_ThrowsParameterNotFound()
    {
        await using var ssm = new LocalSsmServer();
        using var sut = ssm.KillSwitch(Name);

        var error = await Assert.ThrowsAsync<ParameterNotFoundException>(() => sut.ReadAsync(CancellationToken.None));

        Assert.Contains(Name, error.Message, StringComparison.Ordinal);
    }
}
