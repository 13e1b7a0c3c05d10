namespace PerfInfra.LocalSuites.Lambda;

/// <summary>Defaults of the local Lambda suite, with their sources.</summary>
internal static class LocalLambdaDefaults
{
    /// <summary>Names the AOT <c>bootstrap</c> to run; without it the suite looks where <c>dotnet publish</c> puts it.</summary>
    public const string BootstrapVariable = "PERF_LAMBDA_BOOTSTRAP";

    /// <summary>The publish output of lambdas/PerfInfra.Lambdas for linux-x64, relative to the repository root.</summary>
    public const string PublishedBootstrap = "lambdas/PerfInfra.Lambdas/bin/Release/net10.0/linux-x64/publish/bootstrap";

    public const string PublishCommand = "dotnet publish lambdas/PerfInfra.Lambdas -c Release -r linux-x64";

    /// <summary>
    /// The plan handler: it validates a run request against the built-in config and needs neither S3 nor
    /// the network (the target is only checked against the allow-list, never called), so it is a harmless,
    /// realistic invocation: parse, resolve the config, shard, serialize.
    /// </summary>
    public const string Handler = "plan";

    public const string Payload = """{"runId":"local-lambda-suite","request":{"suites":["api"],"target":"http://127.0.0.1:8080/"}}""";

    /// <summary>The plan function's MemorySize in the CDK stack (LoadTestDefaults.PlanMemoryMb).</summary>
    public const int MemorySizeMb = 256;

    /// <summary>The plan function's timeout in the CDK stack; an invocation past it is a failure.</summary>
    public static readonly TimeSpan InvocationTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Environment the bootstrap needs to start; nothing in the plan handler calls S3 with it.</summary>
    public const string PlaceholderBucket = "perfinfra-local-lambda-suite";

    public const string Region = "us-east-1";
}
