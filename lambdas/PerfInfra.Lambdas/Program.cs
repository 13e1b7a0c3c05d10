using PerfInfra.Engine.Http;
using PerfInfra.Lambdas.Aws;
using PerfInfra.Lambdas.Handlers;
using PerfInfra.Lambdas.KillSwitch;
using PerfInfra.Lambdas;
using PerfInfra.Lambdas.Runtime;

// The custom runtime's entry point: Lambda starts this `bootstrap` with AWS_LAMBDA_RUNTIME_API and _HANDLER set.
InlineSocketCompletions.Enable();
var runtimeApi = Environment.GetEnvironmentVariable(RuntimeApiDefaults.RuntimeApiVariable);
if (string.IsNullOrEmpty(runtimeApi))
{
    await Console.Error.WriteLineAsync($"{RuntimeApiDefaults.RuntimeApiVariable} is not set: this binary runs as a Lambda custom runtime (provided.al2023)");
    return 2;
}

using var client = new RuntimeApiClient(runtimeApi);
S3ObjectStore? store = null;
SsmKillSwitch? killSwitch = null;
var bootstrap = new LambdaBootstrap(
    client,
    () =>
    {
        var settings = LambdaSettings.Read(Environment.GetEnvironmentVariable);
        store = S3ObjectStore.Create(settings.Bucket, settings.S3Endpoint);
        killSwitch = settings.KillSwitchParameter is { } parameter ? SsmKillSwitch.Create(parameter, settings.SsmEndpoint) : null;
        return HandlerFactory.Create(
            Environment.GetEnvironmentVariable(RuntimeApiDefaults.HandlerVariable), store, (IKillSwitch?)killSwitch ?? NoKillSwitch.Instance, settings, TimeProvider.System,
            Environment.GetEnvironmentVariable, Console.Out);
    },
    Environment.SetEnvironmentVariable);
var initialized = await bootstrap.RunAsync(CancellationToken.None);
store?.Dispose();
killSwitch?.Dispose();
return initialized ? 0 : 1;
