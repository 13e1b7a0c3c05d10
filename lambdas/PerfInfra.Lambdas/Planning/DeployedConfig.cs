using PerfInfra.Engine.Config;
using PerfInfra.Lambdas.Aws;

namespace PerfInfra.Lambdas.Planning;

/// <summary>
/// The load-test config the stack deployed into the bucket (<c>CONFIG_KEY</c>), or the engine's
/// built-in one when no key is set. Validated by the engine's loader, errors naming the S3 key.
/// </summary>
internal static class DeployedConfig
{
    public static async Task<LoadTestConfig> LoadAsync(IObjectStore store, LambdaSettings settings, CancellationToken cancellationToken)
    {
        if (settings.ConfigKey is not { } key)
        {
            return ConfigLoader.LoadDefault();
        }

        var text = await store.GetTextAsync(key, cancellationToken)
            ?? throw new PlanRejectedException([$"config: s3://{settings.Bucket}/{key} does not exist (it is deployed with the stack)"]);
        try
        {
            return ConfigLoader.LoadText(text, $"s3://{settings.Bucket}/{key}");
        }
        catch (ConfigException e)
        {
            throw new PlanRejectedException(e.Errors.Select(error => $"{error.File}:{error.Line}: {error.KeyPath}: {error.Message}"));
        }
    }
}
