using System.Globalization;
using System.Text.Json;
using PerfInfra.Engine.Preflight;
using PerfInfra.Lambdas.Contracts;

namespace PerfInfra.Lambdas;

/// <summary>
/// The function's environment, read in one place (the CDK construct sets these variables). Prices are
/// estimates from the deployed config, not a bill.
/// </summary>
internal sealed record LambdaSettings(
    string Bucket,
    Uri? S3Endpoint,
    string? ConfigKey,
    string? ConfigFile,
    string DefaultProfile,
    int UsersPerShard,
    double RatePerShard,
    int MaxShards,
    int WorkerMemoryMb,
    double PricePerGbSecond,
    double PricePerMillionRequests,
    double PricePerThousandTransitions,
    double PricePerThousandS3Requests,
    string? KillSwitchParameter,
    Uri? SsmEndpoint,
    TimeSpan KillSwitchPollInterval,
    AwsPreflightExpectations? PreflightExpected = null)
{
    public const string BucketVariable = "REPORT_BUCKET";
    public const string S3EndpointVariable = "S3_ENDPOINT_URL";
    public const string ConfigKeyVariable = "CONFIG_KEY";

    /// <summary>A config file shipped beside the bootstrap (relative to the binary's folder, /var/task in Lambda).</summary>
    public const string ConfigFileVariable = "CONFIG_FILE";
    public const string DefaultProfileVariable = "DEFAULT_PROFILE";
    public const string UsersPerShardVariable = "USERS_PER_SHARD";
    public const string RatePerShardVariable = "RATE_PER_SHARD";
    public const string MaxShardsVariable = "MAX_SHARDS";
    public const string WorkerMemoryVariable = "WORKER_MEMORY_MB";
    public const string PricePerGbSecondVariable = "PRICE_LAMBDA_GB_SECOND_USD";
    public const string PricePerMillionRequestsVariable = "PRICE_LAMBDA_MILLION_REQUESTS_USD";
    public const string PricePerThousandTransitionsVariable = "PRICE_THOUSAND_TRANSITIONS_USD";
    public const string PricePerThousandS3RequestsVariable = "PRICE_THOUSAND_S3_REQUESTS_USD";

    /// <summary>The kill switch's SSM parameter name (set by the stack); unset means no switch (the local harness).</summary>
    public const string KillSwitchParameterVariable = "KILL_SWITCH_PARAMETER";
    public const string SsmEndpointVariable = "SSM_ENDPOINT_URL";
    public const string KillSwitchPollSecondsVariable = "KILL_SWITCH_POLL_SECONDS";

    /// <summary>What the preflight compares the deployed optimizations with (JSON of <see cref="AwsPreflightExpectations"/>, set by the stack on plan).</summary>
    public const string PreflightExpectedVariable = "PREFLIGHT_EXPECTED";

    /// <exception cref="InvalidOperationException">A required variable is missing or a number does not parse (an init error).</exception>
    public static LambdaSettings Read(Func<string, string?> env)
    {
        var bucket = env(BucketVariable);
        if (string.IsNullOrWhiteSpace(bucket))
        {
            throw new InvalidOperationException($"{BucketVariable} is not set: the functions need the report bucket's name");
        }

        return new LambdaSettings(
            bucket,
            env(S3EndpointVariable) is { Length: > 0 } endpoint ? new Uri(endpoint) : null,
            env(ConfigKeyVariable) is { Length: > 0 } key ? key : null,
            env(ConfigFileVariable) is { Length: > 0 } file ? file : null,
            env(DefaultProfileVariable) is { Length: > 0 } profile ? profile : LambdaDefaults.Profile,
            Number(env, UsersPerShardVariable, LambdaDefaults.UsersPerShard),
            Number(env, RatePerShardVariable, LambdaDefaults.RatePerShard),
            Number(env, MaxShardsVariable, LambdaDefaults.MaxShards),
            Number(env, WorkerMemoryVariable, LambdaDefaults.WorkerMemoryMb),
            Number(env, PricePerGbSecondVariable, LambdaDefaults.PricePerGbSecondUsd),
            Number(env, PricePerMillionRequestsVariable, LambdaDefaults.PricePerMillionRequestsUsd),
            Number(env, PricePerThousandTransitionsVariable, LambdaDefaults.PricePerThousandTransitionsUsd),
            Number(env, PricePerThousandS3RequestsVariable, LambdaDefaults.PricePerThousandS3RequestsUsd),
            env(KillSwitchParameterVariable) is { Length: > 0 } parameter ? parameter : null,
            env(SsmEndpointVariable) is { Length: > 0 } ssm ? new Uri(ssm) : null,
            TimeSpan.FromSeconds(Positive(env, KillSwitchPollSecondsVariable, KillSwitch.KillSwitchDefaults.PollIntervalSeconds)),
            Expectations(env(PreflightExpectedVariable)));
    }

    private static AwsPreflightExpectations? Expectations(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, LambdaJsonContext.Default.AwsPreflightExpectations)
                ?? throw new InvalidOperationException($"{PreflightExpectedVariable} is null; expected the expectations object the stack writes");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{PreflightExpectedVariable} is not the expectations JSON the stack writes: {e.Message}", e);
        }
    }

    private static double Positive(Func<string, string?> env, string name, double fallback)
    {
        var value = Number(env, name, fallback);
        return value > 0 && double.IsFinite(value) ? value : throw new InvalidOperationException($"{name}='{env(name)}' must be a number of seconds above 0");
    }

    private static T Number<T>(Func<string, string?> env, string name, T fallback)
        where T : ISpanParsable<T>
    {
        var text = env(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return T.TryParse(text, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidOperationException($"{name}='{text}' is not a number");
    }
}
