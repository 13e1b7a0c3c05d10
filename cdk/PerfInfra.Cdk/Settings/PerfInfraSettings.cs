namespace PerfInfra.Cdk.Settings;

/// <summary>
/// Everything the app can be told, read once by Program.cs from cdk.json context
/// (<see cref="ContextSettingsReader"/>). Every default is the seed's figure or a documented one of ours.
/// </summary>
public sealed record PerfInfraSettings
{
    public NetworkSettings Network { get; init; } = new();
    public ApiSettings Api { get; init; } = new();
    public LambdaSettings Lambda { get; init; } = new();
    public DataLakeSettings DataLake { get; init; } = new();
    public AthenaSettings Athena { get; init; } = new();
    public DmsSettings Dms { get; init; } = new();
    public BatchSettings Batch { get; init; } = new();
    public MySqlSettings MySql { get; init; } = new();
    public DynamoDbSettings DynamoDb { get; init; } = new();
    public RedisSettings Redis { get; init; } = new();
    public CdnSettings Cdn { get; init; } = new();
    public MonitoringSettings Monitoring { get; init; } = new();
    public LoadTestSettings LoadTest { get; init; } = new();
}
