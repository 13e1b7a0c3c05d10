namespace PerfInfra.Lambdas.Tests.Support;

/// <summary>Lambda settings as the CDK construct would set them, with the built-in config.</summary>
internal static class TestSettings
{
    public const string Bucket = "perfinfra-reports-test";

    public static LambdaSettings Create(Dictionary<string, string>? extra = null)
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal) { [LambdaSettings.BucketVariable] = Bucket };
        foreach (var (k, v) in extra ?? [])
        {
            env[k] = v;
        }

        return LambdaSettings.Read(name => env.GetValueOrDefault(name));
    }
}
