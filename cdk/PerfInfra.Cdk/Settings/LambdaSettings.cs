namespace PerfInfra.Cdk.Settings;

/// <summary>Lambda memory, timeouts, concurrency and logs per function class. Defaults: <see cref="LambdaDefaults"/>.</summary>
public sealed record LambdaSettings
{
    public int MlMemoryMb { get; init; } = LambdaDefaults.MlMemoryMb;
    public int ApiMemoryMb { get; init; } = LambdaDefaults.ApiMemoryMb;
    public int AuthMemoryMb { get; init; } = LambdaDefaults.AuthMemoryMb;
    public int ApiTimeoutSeconds { get; init; } = LambdaDefaults.ApiTimeoutSeconds;
    public int AuthTimeoutSeconds { get; init; } = LambdaDefaults.AuthTimeoutSeconds;
    public int MlTimeoutSeconds { get; init; } = LambdaDefaults.MlTimeoutSeconds;
    public int AuthProvisionedConcurrencyMin { get; init; } = LambdaDefaults.AuthProvisionedConcurrencyMin;
    public int AuthProvisionedConcurrencyMax { get; init; } = LambdaDefaults.AuthProvisionedConcurrencyMax;
    public double ProvisionedUtilizationTarget { get; init; } = LambdaDefaults.ProvisionedUtilizationTarget;
    public bool ProvisionedScheduleEnabled { get; init; } = LambdaDefaults.ProvisionedScheduleEnabled;
    public int BusinessHoursProvisionedConcurrencyMin { get; init; } = LambdaDefaults.BusinessHoursProvisionedConcurrencyMin;
    public string BusinessHoursStartCron { get; init; } = LambdaDefaults.BusinessHoursStartCron;
    public string BusinessHoursEndCron { get; init; } = LambdaDefaults.BusinessHoursEndCron;
    public int MlReservedConcurrency { get; init; } = LambdaDefaults.MlReservedConcurrency;
    public int LogRetentionDays { get; init; } = LambdaDefaults.LogRetentionDays;
    public bool UseArm64 { get; init; } = LambdaDefaults.UseArm64;
}
