namespace PerfInfra.Cdk.Settings;

/// <summary>The MySQL source (the seed's DMS source). Figures are ours unless marked.</summary>
public static class MySqlDefaults
{
    /// <summary>Graviton general purpose; Performance Insights is not offered on the smallest burstable classes.</summary>
    public const string InstanceType = "m6g.large";

    public const int AllocatedStorageGb = 100;
    public const string DatabaseName = "ecommerce";

    /// <summary>Queries slower than this go to the slow query log, so index work (seed: "MySQL indexing strategies") shows up.</summary>
    public const double LongQueryTimeSeconds = 1;

    public const bool MultiAz = true;
    public const int BackupRetentionDays = 7;
    public const bool DeletionProtection = true;

    /// <summary>RDS Proxy may open up to this share of max_connections; the rest is left for DMS and admins.</summary>
    public const int ProxyMaxConnectionsPercent = 90;

    public const int ProxyIdleClientTimeoutSeconds = 1800;
    public const int LogRetentionDays = 30;
}
