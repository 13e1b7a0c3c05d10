using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;
using PerfInfra.Lambdas.KillSwitch;

namespace PerfInfra.Lambdas.Aws;

/// <summary>
/// <see cref="IKillSwitch"/> on one SSM String parameter (created by the load-test stack with the value
/// "run"; the functions may only ssm:GetParameter it). Credentials and region come from the Lambda
/// environment; <see cref="Create"/> also points the client at a local SSM endpoint for tests.
/// </summary>
internal sealed class SsmKillSwitch : IKillSwitch, IDisposable
{
    private readonly IAmazonSimpleSystemsManagement _ssm;

    public SsmKillSwitch(IAmazonSimpleSystemsManagement ssm, string parameterName)
    {
        _ssm = ssm;
        Name = parameterName;
    }

    public string Name { get; }

    public static SsmKillSwitch Create(string parameterName, Uri? endpoint)
    {
        // A hung read must neither hold a shard's start nor a plan for the SDK's default 100 s.
        var config = new AmazonSimpleSystemsManagementConfig { Timeout = KillSwitchDefaults.ReadTimeout };
        if (endpoint is not null)
        {
            config.ServiceURL = endpoint.ToString();
        }

        return new SsmKillSwitch(new AmazonSimpleSystemsManagementClient(config), parameterName);
    }

    public async Task<string> ReadAsync(CancellationToken cancellationToken)
    {
        var response = await _ssm.GetParameterAsync(new GetParameterRequest { Name = Name }, cancellationToken);
        return response.Parameter?.Value?.Trim()
            ?? throw new InvalidDataException($"SSM answered GetParameter for {Name} without a value");
    }

    public void Dispose() => _ssm.Dispose();
}
