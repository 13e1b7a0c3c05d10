namespace PerfInfra.Cdk.Settings;

/// <summary>Lambda sizing. Source: the seed's guide where it gives a figure; "ours" marks a figure it leaves open.</summary>
public static class LambdaDefaults
{
    /// <summary>Seed: "Increase Lambda memory for ML functions (3GB → 4GB)".</summary>
    public const int MlMemoryMb = 4096;

    /// <summary>Ours: 1024 MB keeps the demo API's p95 well under the 200 ms warm target at a modest price.</summary>
    public const int ApiMemoryMb = 1024;

    /// <summary>Ours: the auth function only verifies a token; CPU, not memory, bounds it.</summary>
    public const int AuthMemoryMb = 512;

    /// <summary>Ours: below API Gateway's 29 s integration limit so the API answers 5XX, not a gateway timeout.</summary>
    public const int ApiTimeoutSeconds = 10;

    public const int AuthTimeoutSeconds = 5;

    public const int MlTimeoutSeconds = 60;

    /// <summary>Seed: "Enable provisioned concurrency for Auth Lambda" (+$50/month). Floor and ceiling are ours.</summary>
    public const int AuthProvisionedConcurrencyMin = 5;

    public const int AuthProvisionedConcurrencyMax = 50;

    /// <summary>AWS's recommended target for provisioned-concurrency utilization tracking.</summary>
    public const double ProvisionedUtilizationTarget = 0.7;

    /// <summary>Ours: the optional business-hours schedule raises the floor during the day.</summary>
    public const bool ProvisionedScheduleEnabled = false;

    public const int BusinessHoursProvisionedConcurrencyMin = 20;

    public const string BusinessHoursStartCron = "0 7 ? * MON-FRI *";

    public const string BusinessHoursEndCron = "0 19 ? * MON-FRI *";

    /// <summary>Ours: caps the ML function so a burst cannot exhaust the Redis/DynamoDB capacity behind it. 0 = no reservation.</summary>
    public const int MlReservedConcurrency = 20;

    public const int LogRetentionDays = 30;

    /// <summary>Graviton: ~20 % cheaper per GB-second than x86 for the same work.</summary>
    public const bool UseArm64 = true;
}
