using PerfInfra.Engine.Config;
using PerfInfra.Lambdas.Aws;

namespace PerfInfra.Lambdas.Planning;

/// <summary>
/// The load-test config deployed with the stack: a file shipped beside the bootstrap
/// (<c>CONFIG_FILE</c>, what the CDK stack does), an object in the bucket (<c>CONFIG_KEY</c>), or the
/// engine's built-in one. Validated by the engine's loader, errors naming the file or S3 key.
/// </summary>
internal static class DeployedConfig
{
    public static async Task<LoadTestConfig> LoadAsync(IObjectStore store, LambdaSettings settings, CancellationToken cancellationToken)
    {
        if (settings.ConfigFile is { } file)
        {
            var path = Path.Combine(AppContext.BaseDirectory, file);
            try
            {
                return ConfigLoader.LoadFile(path);
            }
            catch (ConfigException e)
            {
                throw new PlanRejectedException(e.Errors.Select(error => $"{error.File}:{error.Line}: {error.KeyPath}: {error.Message}"));
            }
        }

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
