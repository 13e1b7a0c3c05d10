namespace PerfInfra.Cdk.Settings;

/// <summary>The load-test stack (context area <c>loadTest</c>). Defaults: <see cref="LoadTestDefaults"/>.</summary>
public sealed record LoadTestSettings
{
    /// <summary><c>arm64</c> or <c>x86_64</c>: the functions' architecture and the bootstrap's target.</summary>
    public string Architecture { get; init; } = LoadTestDefaults.Architecture;
    public string LambdaProjectPath { get; init; } = LoadTestDefaults.LambdaProjectPath;
    public int WorkerMemoryMb { get; init; } = LoadTestDefaults.WorkerMemoryMb;
    public int WorkerTimeoutSeconds { get; init; } = LoadTestDefaults.WorkerTimeoutSeconds;
    public int PlanMemoryMb { get; init; } = LoadTestDefaults.PlanMemoryMb;
    public int PlanTimeoutSeconds { get; init; } = LoadTestDefaults.PlanTimeoutSeconds;
    public int ReportMemoryMb { get; init; } = LoadTestDefaults.ReportMemoryMb;
    public int ReportTimeoutSeconds { get; init; } = LoadTestDefaults.ReportTimeoutSeconds;
    public int UsersPerShard { get; init; } = LoadTestDefaults.UsersPerShard;
    public int MaxShards { get; init; } = LoadTestDefaults.MaxShards;
    public int ToleratedFailurePercentage { get; init; } = LoadTestDefaults.ToleratedFailurePercentage;
    public int ExecutionTimeoutMinutes { get; init; } = LoadTestDefaults.ExecutionTimeoutMinutes;
    public string ScheduleCron { get; init; } = LoadTestDefaults.ScheduleCron;
    public bool ScheduleEnabled { get; init; } = LoadTestDefaults.ScheduleEnabled;
    public string DefaultProfile { get; init; } = LoadTestDefaults.DefaultProfile;
    public string KillSwitchParameterName { get; init; } = LoadTestDefaults.KillSwitchParameterName;
    public int LogRetentionDays { get; init; } = LoadTestDefaults.LogRetentionDays;
    public int ReportsInfrequentAccessDays { get; init; } = LoadTestDefaults.ReportsInfrequentAccessDays;
    public int ReportsExpirationDays { get; init; } = LoadTestDefaults.ReportsExpirationDays;
    public double PriceLambdaGbSecondUsd { get; init; } = LoadTestDefaults.PriceLambdaGbSecondUsd;
    public double PriceLambdaMillionRequestsUsd { get; init; } = LoadTestDefaults.PriceLambdaMillionRequestsUsd;
    public double PriceThousandTransitionsUsd { get; init; } = LoadTestDefaults.PriceThousandTransitionsUsd;
    public double PriceThousandS3RequestsUsd { get; init; } = LoadTestDefaults.PriceThousandS3RequestsUsd;

    /// <summary>
    /// Synthesize without building the bootstrap (CI's arm64 synth for cdk-nag and cfn-guard, which has no
    /// arm64 cross linker): CDK's own switch, no stack is bundled. Never deploy such a synth.
    /// </summary>
    public bool SkipBundling { get; init; }

    public bool IsArm64 => Architecture == "arm64";
}
