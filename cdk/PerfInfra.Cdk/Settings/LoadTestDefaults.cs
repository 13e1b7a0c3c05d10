namespace PerfInfra.Cdk.Settings;

/// <summary>The serverless load-test harness: function sizes, fan-out, schedule and price assumptions.</summary>
public static class LoadTestDefaults
{
    /// <summary>Graviton: ~20 % cheaper per GB-second than x86 for the same work. CI synthesizes x86_64 (no arm64 cross linker there).</summary>
    public const string Architecture = "arm64";

    /// <summary>The bootstrap project, relative to the repository root (where cdk runs).</summary>
    public const string LambdaProjectPath = "lambdas/PerfInfra.Lambdas/PerfInfra.Lambdas.csproj";

    /// <summary>1 GB buys ~0.6 vCPU: enough for 50 users or ~500 rps of loopback-cheap HTTP per worker.</summary>
    public const int WorkerMemoryMb = 1024;

    /// <summary>Lambda's maximum (15 min): the seed's full profile lasts 6.5 min, so a worker never hits it.</summary>
    public const int WorkerTimeoutSeconds = 900;

    /// <summary>plan only parses YAML and splits numbers.</summary>
    public const int PlanMemoryMb = 256;

    public const int PlanTimeoutSeconds = 30;

    /// <summary>aggregate and report decode and merge up to 100 shards' histograms and render the HTML report.</summary>
    public const int ReportMemoryMb = 1024;

    public const int ReportTimeoutSeconds = 120;

    public const int UsersPerShard = 50;

    /// <summary>The Map's MaxConcurrency and the plan's shard cap: at most this many workers at once.</summary>
    public const int MaxShards = 100;

    /// <summary>Up to 10 % of shards may crash and the run still reports (as an error) instead of failing the Map.</summary>
    public const int ToleratedFailurePercentage = 10;

    /// <summary>The whole execution: 15 min of workers plus planning, aggregation and reporting.</summary>
    public const int ExecutionTimeoutMinutes = 30;

    /// <summary>Weekly, Monday 03:00 UTC; disabled until the user turns it on (a load test is not free).</summary>
    public const string ScheduleCron = "cron(0 3 ? * MON *)";

    public const bool ScheduleEnabled = false;

    public const string DefaultProfile = "full";

    /// <summary>
    /// The kill switch (issue #7): an SSM String parameter, "run" as deployed; "stop" stops every running
    /// worker within its poll interval (5 s) and makes plan refuse new runs. A fixed name, so the README's
    /// one-line stop command works without looking anything up.
    /// </summary>
    public const string KillSwitchParameterName = "/perfinfra/load-test/kill-switch";

    public const int LogRetentionDays = 30;

    /// <summary>Reports move to Infrequent Access after 30 days (S3's minimum for IA) and expire after a year.</summary>
    public const int ReportsInfrequentAccessDays = 30;

    public const int ReportsExpirationDays = 365;

    /// <summary>us-east-1 list prices, arm64 (estimates shown in each report, not a bill).</summary>
    public const double PriceLambdaGbSecondUsd = 0.0000133334;

    public const double PriceLambdaMillionRequestsUsd = 0.20;

    public const double PriceThousandTransitionsUsd = 0.025;

    public const double PriceThousandS3RequestsUsd = 0.005;
}
