namespace PerfInfra.Cdk.Settings;

/// <summary>RDS MySQL, its proxy and its slow query log. Defaults: <see cref="MySqlDefaults"/>.</summary>
public sealed record MySqlSettings
{
    public string InstanceType { get; init; } = MySqlDefaults.InstanceType;
    public int AllocatedStorageGb { get; init; } = MySqlDefaults.AllocatedStorageGb;
    public string DatabaseName { get; init; } = MySqlDefaults.DatabaseName;
    public double LongQueryTimeSeconds { get; init; } = MySqlDefaults.LongQueryTimeSeconds;
    public bool MultiAz { get; init; } = MySqlDefaults.MultiAz;
    public int BackupRetentionDays { get; init; } = MySqlDefaults.BackupRetentionDays;
    public bool DeletionProtection { get; init; } = MySqlDefaults.DeletionProtection;
    public int ProxyMaxConnectionsPercent { get; init; } = MySqlDefaults.ProxyMaxConnectionsPercent;
    public int ProxyIdleClientTimeoutSeconds { get; init; } = MySqlDefaults.ProxyIdleClientTimeoutSeconds;
    public int LogRetentionDays { get; init; } = MySqlDefaults.LogRetentionDays;
}
