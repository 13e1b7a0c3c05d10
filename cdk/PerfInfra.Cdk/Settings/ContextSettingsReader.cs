using System.Globalization;

namespace PerfInfra.Cdk.Settings;

/// <summary>
/// Reads <see cref="PerfInfraSettings"/> from flat context keys <c>perfinfra:&lt;area&gt;:&lt;setting&gt;</c>
/// (e.g. <c>perfinfra:api:throttleBurstLimit</c>). Flat keys work the same from cdk.json and from
/// <c>-c key=value</c>, where every value arrives as a string. A missing key keeps the default; a bad
/// value is reported with all the others, never silently replaced by the default.
/// </summary>
public sealed class ContextSettingsReader
{
    public const string KeyPrefix = "perfinfra";

    /// <summary>Cache sizes API Gateway accepts, in GB.</summary>
    internal static readonly IReadOnlyList<string> CacheClusterSizesGb = ["0.5", "1.6", "6.1", "13.5", "28.4", "58.2", "118", "237"];

    private readonly Func<string, object?> _tryGetContext;
    private readonly IReadOnlyList<string> _presentKeys;
    private readonly List<string> _errors = [];
    private readonly HashSet<string> _knownKeys = new(StringComparer.Ordinal);

    /// <param name="tryGetContext">Usually <c>app.Node.TryGetContext</c>; returns null for a missing key.</param>
    /// <param name="presentKeys">Every context key given to the app (<see cref="CdkContextKeys"/>); a
    /// <c>perfinfra:</c> key among them that is no setting is an error, not a silent default.</param>
    public ContextSettingsReader(Func<string, object?> tryGetContext, IReadOnlyList<string>? presentKeys = null)
    {
        _tryGetContext = tryGetContext;
        _presentKeys = presentKeys ?? [];
    }

    public static string Key(string area, string setting) => $"{KeyPrefix}:{area}:{setting}";

    public PerfInfraSettings Read()
    {
        _errors.Clear();
        var defaults = new PerfInfraSettings();
        var settings = new PerfInfraSettings
        {
            Network = ReadNetwork(defaults.Network),
            Api = ReadApi(defaults.Api),
            Lambda = ReadLambda(defaults.Lambda),
            DataLake = ReadDataLake(defaults.DataLake),
            Athena = ReadAthena(defaults.Athena),
            Dms = ReadDms(defaults.Dms),
            Batch = ReadBatch(defaults.Batch),
            MySql = ReadMySql(defaults.MySql),
            DynamoDb = ReadDynamoDb(defaults.DynamoDb),
            Redis = ReadRedis(defaults.Redis),
            Cdn = ReadCdn(defaults.Cdn),
            Monitoring = ReadMonitoring(defaults.Monitoring),
            LoadTest = ReadLoadTest(defaults.LoadTest),
        };
        CheckConsistency(settings);
        CheckUnknownKeys();
        if (_errors.Count > 0)
        {
            throw new InvalidSettingsException([.. _errors]);
        }

        return settings;
    }

    private void CheckUnknownKeys()
    {
        foreach (var key in _presentKeys.Where(k => k.StartsWith(KeyPrefix + ":", StringComparison.Ordinal) && !_knownKeys.Contains(k)))
        {
            var closest = _knownKeys.MinBy(k => EditDistance(k, key));
            var hint = closest is not null && EditDistance(closest, key) <= Math.Max(3, key.Length / 4)
                ? $"did you mean '{closest}'?"
                : $"settings are named {KeyPrefix}:<area>:<setting>, e.g. '{Key("api", "throttleBurstLimit")}'.";
            _errors.Add($"{key} is not a PerfInfra setting; {hint}");
        }
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }

            previous = current;
        }

        return previous[b.Length];
    }

    /// <summary>Rules between settings, which no single key's range can express.</summary>
    private void CheckConsistency(PerfInfraSettings s)
    {
        Ordered("lambda", "authProvisionedConcurrencyMin", s.Lambda.AuthProvisionedConcurrencyMin, "authProvisionedConcurrencyMax", s.Lambda.AuthProvisionedConcurrencyMax);
        Ordered("batch", "minVcpus", s.Batch.MinVcpus, "maxVcpus", s.Batch.MaxVcpus);
        Ordered("dynamoDb", "minReadCapacityUnits", s.DynamoDb.MinReadCapacityUnits, "maxReadCapacityUnits", s.DynamoDb.MaxReadCapacityUnits);
        Ordered("dynamoDb", "minWriteCapacityUnits", s.DynamoDb.MinWriteCapacityUnits, "maxWriteCapacityUnits", s.DynamoDb.MaxWriteCapacityUnits);
        Ordered("monitoring", "datapointsToAlarm", s.Monitoring.DatapointsToAlarm, "evaluationPeriods", s.Monitoring.EvaluationPeriods);
        // S3 lifecycle: each transition after the previous one, expiry after the last transition.
        StrictlyOrdered("dataLake", "rawInfrequentAccessAfterDays", s.DataLake.RawInfrequentAccessAfterDays, "rawGlacierAfterDays", s.DataLake.RawGlacierAfterDays);
        StrictlyOrdered("dataLake", "rawGlacierAfterDays", s.DataLake.RawGlacierAfterDays, "rawExpireAfterDays", s.DataLake.RawExpireAfterDays);
        StrictlyOrdered("dataLake", "curatedInfrequentAccessAfterDays", s.DataLake.CuratedInfrequentAccessAfterDays, "curatedGlacierAfterDays", s.DataLake.CuratedGlacierAfterDays);
    }

    private void Ordered(string area, string lowName, long low, string highName, long high)
    {
        if (low > high)
        {
            _errors.Add($"{Key(area, lowName)} = {low} is above {Key(area, highName)} = {high}; it must be at most that.");
        }
    }

    private void StrictlyOrdered(string area, string earlierName, long earlier, string laterName, long later)
    {
        if (earlier >= later)
        {
            _errors.Add($"{Key(area, earlierName)} = {earlier} must be less than {Key(area, laterName)} = {later}.");
        }
    }

    private NetworkSettings ReadNetwork(NetworkSettings d) => new()
    {
        MaxAzs = Int("network", "maxAzs", d.MaxAzs, min: 2, max: 6),
        NatGateways = Int("network", "natGateways", d.NatGateways, min: 0, max: 6),
        FlowLogRetentionDays = Int("network", "flowLogRetentionDays", d.FlowLogRetentionDays, min: 1),
    };

    private ApiSettings ReadApi(ApiSettings d) => new()
    {
        StageName = Text("api", "stageName", d.StageName),
        CacheClusterSizeGb = OneOf("api", "cacheClusterSizeGb", d.CacheClusterSizeGb, CacheClusterSizesGb),
        // API Gateway caps a method's cache TTL at 3600 s.
        CacheTtlSeconds = Int("api", "cacheTtlSeconds", d.CacheTtlSeconds, min: 0, max: 3600),
        StaticCacheTtlSeconds = Int("api", "staticCacheTtlSeconds", d.StaticCacheTtlSeconds, min: 0, max: 3600),
        SemiStaticCacheTtlSeconds = Int("api", "semiStaticCacheTtlSeconds", d.SemiStaticCacheTtlSeconds, min: 0, max: 3600),
        DynamicCacheTtlSeconds = Int("api", "dynamicCacheTtlSeconds", d.DynamicCacheTtlSeconds, min: 0, max: 3600),
        ThrottleBurstLimit = Int("api", "throttleBurstLimit", d.ThrottleBurstLimit, min: 1),
        ThrottleRateLimitPerSecond = Number("api", "throttleRateLimitPerSecond", d.ThrottleRateLimitPerSecond, min: 1),
        // API Gateway accepts 0 to 10 MiB.
        MinimumCompressionSizeBytes = Int("api", "minimumCompressionSizeBytes", d.MinimumCompressionSizeBytes, min: 0, max: 10 * 1024 * 1024),
        AccessLogRetentionDays = Int("api", "accessLogRetentionDays", d.AccessLogRetentionDays, min: 1),
    };

    private LambdaSettings ReadLambda(LambdaSettings d) => new()
    {
        // Lambda memory: 128 MB to 10,240 MB.
        MlMemoryMb = Int("lambda", "mlMemoryMb", d.MlMemoryMb, min: 128, max: 10240),
        ApiMemoryMb = Int("lambda", "apiMemoryMb", d.ApiMemoryMb, min: 128, max: 10240),
        AuthMemoryMb = Int("lambda", "authMemoryMb", d.AuthMemoryMb, min: 128, max: 10240),
        // API-facing functions must answer within API Gateway's 29 s; the ML function is invoked directly (15 min cap).
        ApiTimeoutSeconds = Int("lambda", "apiTimeoutSeconds", d.ApiTimeoutSeconds, min: 1, max: 29),
        AuthTimeoutSeconds = Int("lambda", "authTimeoutSeconds", d.AuthTimeoutSeconds, min: 1, max: 29),
        MlTimeoutSeconds = Int("lambda", "mlTimeoutSeconds", d.MlTimeoutSeconds, min: 1, max: 900),
        AuthProvisionedConcurrencyMin = Int("lambda", "authProvisionedConcurrencyMin", d.AuthProvisionedConcurrencyMin, min: 1),
        AuthProvisionedConcurrencyMax = Int("lambda", "authProvisionedConcurrencyMax", d.AuthProvisionedConcurrencyMax, min: 1),
        ProvisionedUtilizationTarget = Number("lambda", "provisionedUtilizationTarget", d.ProvisionedUtilizationTarget, min: 0.1, max: 0.9),
        ProvisionedScheduleEnabled = Bool("lambda", "provisionedScheduleEnabled", d.ProvisionedScheduleEnabled),
        BusinessHoursProvisionedConcurrencyMin = Int("lambda", "businessHoursProvisionedConcurrencyMin", d.BusinessHoursProvisionedConcurrencyMin, min: 1),
        BusinessHoursStartCron = Text("lambda", "businessHoursStartCron", d.BusinessHoursStartCron),
        BusinessHoursEndCron = Text("lambda", "businessHoursEndCron", d.BusinessHoursEndCron),
        // 0 = no reservation (accounts whose concurrency quota is still the new-account 10 cannot reserve any).
        MlReservedConcurrency = Int("lambda", "mlReservedConcurrency", d.MlReservedConcurrency, min: 0),
        LogRetentionDays = Int("lambda", "logRetentionDays", d.LogRetentionDays, min: 1),
        UseArm64 = Bool("lambda", "useArm64", d.UseArm64),
    };

    private DataLakeSettings ReadDataLake(DataLakeSettings d) => new()
    {
        RawInfrequentAccessAfterDays = Int("dataLake", "rawInfrequentAccessAfterDays", d.RawInfrequentAccessAfterDays, min: 30),
        RawGlacierAfterDays = Int("dataLake", "rawGlacierAfterDays", d.RawGlacierAfterDays, min: 1),
        RawExpireAfterDays = Int("dataLake", "rawExpireAfterDays", d.RawExpireAfterDays, min: 1),
        CuratedInfrequentAccessAfterDays = Int("dataLake", "curatedInfrequentAccessAfterDays", d.CuratedInfrequentAccessAfterDays, min: 30),
        CuratedGlacierAfterDays = Int("dataLake", "curatedGlacierAfterDays", d.CuratedGlacierAfterDays, min: 1),
        QueryResultsExpireAfterDays = Int("dataLake", "queryResultsExpireAfterDays", d.QueryResultsExpireAfterDays, min: 1),
        GlueDatabaseName = Text("dataLake", "glueDatabaseName", d.GlueDatabaseName),
        PartitionProjectionStartDate = Text("dataLake", "partitionProjectionStartDate", d.PartitionProjectionStartDate),
        CrawlerScheduleCron = Text("dataLake", "crawlerScheduleCron", d.CrawlerScheduleCron),
    };

    private AthenaSettings ReadAthena(AthenaSettings d) => new()
    {
        WorkGroupNamePrefix = Text("athena", "workGroupNamePrefix", d.WorkGroupNamePrefix),
        // Athena's minimum per-query cutoff is 10 MB.
        SimpleBytesScannedCutoffBytes = Long("athena", "simpleBytesScannedCutoffBytes", d.SimpleBytesScannedCutoffBytes, min: 10_000_000),
        ComplexBytesScannedCutoffBytes = Long("athena", "complexBytesScannedCutoffBytes", d.ComplexBytesScannedCutoffBytes, min: 10_000_000),
        ResultReuseMaxAgeMinutes = Int("athena", "resultReuseMaxAgeMinutes", d.ResultReuseMaxAgeMinutes, min: 1, max: 10080),
    };

    private DmsSettings ReadDms(DmsSettings d) => new()
    {
        ReplicationInstanceClass = Text("dms", "replicationInstanceClass", d.ReplicationInstanceClass),
        AllocatedStorageGb = Int("dms", "allocatedStorageGb", d.AllocatedStorageGb, min: 5, max: 6144),
        MultiAz = Bool("dms", "multiAz", d.MultiAz),
        SourceSchemaName = Text("dms", "sourceSchemaName", d.SourceSchemaName),
        SourceSecretArn = Raw("dms", "sourceSecretArn") is null ? d.SourceSecretArn : Text("dms", "sourceSecretArn", "arn:aws:secretsmanager:region:account:secret:name"),
        CreateServiceRoles = Bool("dms", "createServiceRoles", d.CreateServiceRoles),
        MaxFullLoadSubTasks = Int("dms", "maxFullLoadSubTasks", d.MaxFullLoadSubTasks, min: 1, max: 49),
        CommitRate = Int("dms", "commitRate", d.CommitRate, min: 1, max: 50000),
        ParallelLoadThreads = Int("dms", "parallelLoadThreads", d.ParallelLoadThreads, min: 1, max: 32),
        ParallelLoadBufferSize = Int("dms", "parallelLoadBufferSize", d.ParallelLoadBufferSize, min: 1, max: 1000),
        LobMaxSizeKb = Int("dms", "lobMaxSizeKb", d.LobMaxSizeKb, min: 1),
        BatchApplyTimeoutMinSeconds = Int("dms", "batchApplyTimeoutMinSeconds", d.BatchApplyTimeoutMinSeconds, min: 1),
        BatchApplyTimeoutMaxSeconds = Int("dms", "batchApplyTimeoutMaxSeconds", d.BatchApplyTimeoutMaxSeconds, min: 1),
        BatchApplyMemoryLimitMb = Int("dms", "batchApplyMemoryLimitMb", d.BatchApplyMemoryLimitMb, min: 1),
        MemoryLimitTotalMb = Int("dms", "memoryLimitTotalMb", d.MemoryLimitTotalMb, min: 1),
    };

    private BatchSettings ReadBatch(BatchSettings d) => new()
    {
        MinVcpus = Int("batch", "minVcpus", d.MinVcpus, min: 0),
        MaxVcpus = Int("batch", "maxVcpus", d.MaxVcpus, min: 1),
        InstanceTypes = List("batch", "instanceTypes", d.InstanceTypes),
        UseSpot = Bool("batch", "useSpot", d.UseSpot),
        JobVcpus = Int("batch", "jobVcpus", d.JobVcpus, min: 1),
        JobMemoryMib = Int("batch", "jobMemoryMib", d.JobMemoryMib, min: 4),
        JobTimeoutMinutes = Int("batch", "jobTimeoutMinutes", d.JobTimeoutMinutes, min: 1),
        JobRetryAttempts = Int("batch", "jobRetryAttempts", d.JobRetryAttempts, min: 1, max: 10),
        JobImage = Raw("batch", "jobImage") is null ? d.JobImage : Text("batch", "jobImage", "123456789012.dkr.ecr.eu-west-1.amazonaws.com/perfinfra-pipeline-job:1"),
        JobImageContext = Text("batch", "jobImageContext", d.JobImageContext),
        JobLogRetentionDays = Int("batch", "jobLogRetentionDays", d.JobLogRetentionDays, min: 1),
    };

    private MySqlSettings ReadMySql(MySqlSettings d) => new()
    {
        InstanceType = Text("mySql", "instanceType", d.InstanceType),
        AllocatedStorageGb = Int("mySql", "allocatedStorageGb", d.AllocatedStorageGb, min: 20, max: 65536),
        DatabaseName = Text("mySql", "databaseName", d.DatabaseName),
        LongQueryTimeSeconds = Number("mySql", "longQueryTimeSeconds", d.LongQueryTimeSeconds, min: 0, max: 31536000),
        MultiAz = Bool("mySql", "multiAz", d.MultiAz),
        BackupRetentionDays = Int("mySql", "backupRetentionDays", d.BackupRetentionDays, min: 1, max: 35),
        DeletionProtection = Bool("mySql", "deletionProtection", d.DeletionProtection),
        ProxyMaxConnectionsPercent = Int("mySql", "proxyMaxConnectionsPercent", d.ProxyMaxConnectionsPercent, min: 1, max: 100),
        ProxyIdleClientTimeoutSeconds = Int("mySql", "proxyIdleClientTimeoutSeconds", d.ProxyIdleClientTimeoutSeconds, min: 1, max: 28800),
        LogRetentionDays = Int("mySql", "logRetentionDays", d.LogRetentionDays, min: 1),
    };

    private DynamoDbSettings ReadDynamoDb(DynamoDbSettings d) => new()
    {
        MinReadCapacityUnits = Int("dynamoDb", "minReadCapacityUnits", d.MinReadCapacityUnits, min: 1),
        MaxReadCapacityUnits = Int("dynamoDb", "maxReadCapacityUnits", d.MaxReadCapacityUnits, min: 1),
        MinWriteCapacityUnits = Int("dynamoDb", "minWriteCapacityUnits", d.MinWriteCapacityUnits, min: 1),
        MaxWriteCapacityUnits = Int("dynamoDb", "maxWriteCapacityUnits", d.MaxWriteCapacityUnits, min: 1),
        // Application Auto Scaling accepts 20-90 % for DynamoDB.
        TargetUtilizationPercent = Number("dynamoDb", "targetUtilizationPercent", d.TargetUtilizationPercent, min: 20, max: 90),
    };

    private RedisSettings ReadRedis(RedisSettings d) => new()
    {
        CacheNodeType = Text("redis", "cacheNodeType", d.CacheNodeType),
        NumCacheClusters = Int("redis", "numCacheClusters", d.NumCacheClusters, min: 2, max: 6),
        EngineVersion = Text("redis", "engineVersion", d.EngineVersion),
        Port = Int("redis", "port", d.Port, min: 1024, max: 65535),
    };

    private CdnSettings ReadCdn(CdnSettings d) => new()
    {
        StaticAssetsMaxTtlSeconds = Int("cdn", "staticAssetsMaxTtlSeconds", d.StaticAssetsMaxTtlSeconds, min: 0),
        StaticAssetsDefaultTtlSeconds = Int("cdn", "staticAssetsDefaultTtlSeconds", d.StaticAssetsDefaultTtlSeconds, min: 0),
        DocumentDefaultTtlSeconds = Int("cdn", "documentDefaultTtlSeconds", d.DocumentDefaultTtlSeconds, min: 0),
        PriceClass = OneOf("cdn", "priceClass", d.PriceClass, ["PriceClass_100", "PriceClass_200", "PriceClass_All"]),
    };

    private MonitoringSettings ReadMonitoring(MonitoringSettings d) => new()
    {
        AlarmPeriodSeconds = OneOf("monitoring", "alarmPeriodSeconds", d.AlarmPeriodSeconds, [10, 30, 60, 300, 900, 3600]),
        EvaluationPeriods = Int("monitoring", "evaluationPeriods", d.EvaluationPeriods, min: 1),
        DatapointsToAlarm = Int("monitoring", "datapointsToAlarm", d.DatapointsToAlarm, min: 1),
        TestStateMachineName = Text("monitoring", "testStateMachineName", d.TestStateMachineName),
        TestMetricsNamespace = Text("monitoring", "testMetricsNamespace", d.TestMetricsNamespace),
        DashboardName = Text("monitoring", "dashboardName", d.DashboardName),
        LoadTestConfigPath = Text("monitoring", "loadTestConfigPath", d.LoadTestConfigPath),
        AlarmEmail = Raw("monitoring", "alarmEmail") is null ? d.AlarmEmail : Text("monitoring", "alarmEmail", "oncall@example.com"),
    };

    // Lambda's limits: 128 MB to 10 GB of memory, at most 15 minutes.
    private LoadTestSettings ReadLoadTest(LoadTestSettings d) => new()
    {
        Architecture = OneOf("loadTest", "architecture", d.Architecture, ["arm64", "x86_64"]),
        LambdaProjectPath = Text("loadTest", "lambdaProjectPath", d.LambdaProjectPath),
        WorkerMemoryMb = Int("loadTest", "workerMemoryMb", d.WorkerMemoryMb, min: 128, max: 10240),
        WorkerTimeoutSeconds = Int("loadTest", "workerTimeoutSeconds", d.WorkerTimeoutSeconds, min: 10, max: 900),
        PlanMemoryMb = Int("loadTest", "planMemoryMb", d.PlanMemoryMb, min: 128, max: 10240),
        PlanTimeoutSeconds = Int("loadTest", "planTimeoutSeconds", d.PlanTimeoutSeconds, min: 1, max: 900),
        ReportMemoryMb = Int("loadTest", "reportMemoryMb", d.ReportMemoryMb, min: 128, max: 10240),
        ReportTimeoutSeconds = Int("loadTest", "reportTimeoutSeconds", d.ReportTimeoutSeconds, min: 1, max: 900),
        UsersPerShard = Int("loadTest", "usersPerShard", d.UsersPerShard, min: 1),
        MaxShards = Int("loadTest", "maxShards", d.MaxShards, min: 1, max: 10000),
        ToleratedFailurePercentage = Int("loadTest", "toleratedFailurePercentage", d.ToleratedFailurePercentage, min: 0, max: 100),
        ExecutionTimeoutMinutes = Int("loadTest", "executionTimeoutMinutes", d.ExecutionTimeoutMinutes, min: 1),
        ScheduleCron = Text("loadTest", "scheduleCron", d.ScheduleCron),
        ScheduleEnabled = Bool("loadTest", "scheduleEnabled", d.ScheduleEnabled),
        SkipBundling = Bool("loadTest", "skipBundling", d.SkipBundling),
        DefaultProfile = Text("loadTest", "defaultProfile", d.DefaultProfile),
        KillSwitchParameterName = Text("loadTest", "killSwitchParameterName", d.KillSwitchParameterName),
        LogRetentionDays = Int("loadTest", "logRetentionDays", d.LogRetentionDays, min: 1),
        PriceLambdaGbSecondUsd = Number("loadTest", "priceLambdaGbSecondUsd", d.PriceLambdaGbSecondUsd, min: 0),
        PriceLambdaMillionRequestsUsd = Number("loadTest", "priceLambdaMillionRequestsUsd", d.PriceLambdaMillionRequestsUsd, min: 0),
        PriceThousandTransitionsUsd = Number("loadTest", "priceThousandTransitionsUsd", d.PriceThousandTransitionsUsd, min: 0),
        PriceThousandS3RequestsUsd = Number("loadTest", "priceThousandS3RequestsUsd", d.PriceThousandS3RequestsUsd, min: 0),
    };

    private string? Raw(string area, string setting)
    {
        _knownKeys.Add(Key(area, setting));
        var value = _tryGetContext(Key(area, setting));
        return value switch
        {
            null => null,
            string s => s,
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
    }

    private string Text(string area, string setting, string fallback)
    {
        var raw = Raw(area, setting);
        if (raw is null)
        {
            return fallback;
        }

        if (string.IsNullOrWhiteSpace(raw))
        {
            _errors.Add($"{Key(area, setting)} is empty; expected a value like '{fallback}' (or remove the key for that default).");
            return fallback;
        }

        return raw.Trim();
    }

    private int Int(string area, string setting, int fallback, int min = int.MinValue, int max = int.MaxValue) =>
        (int)Long(area, setting, fallback, min, max);

    private long Long(string area, string setting, long fallback, long min = long.MinValue, long max = long.MaxValue)
    {
        var raw = Raw(area, setting);
        if (raw is null)
        {
            return fallback;
        }

        if (!long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            // jsii hands JSON numbers over as doubles; accept 300.0 but not 300.5.
            if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d)
                && d >= long.MinValue && d <= long.MaxValue)
            {
                value = (long)d;
            }
            else
            {
                _errors.Add($"{Key(area, setting)} = '{raw}' is not a whole number; expected one between {min} and {max}, e.g. {fallback}.");
                return fallback;
            }
        }

        if (value < min || value > max)
        {
            _errors.Add($"{Key(area, setting)} = {value} is out of range; expected {min} to {max}.");
            return fallback;
        }

        return value;
    }

    private double Number(string area, string setting, double fallback, double min = double.MinValue, double max = double.MaxValue)
    {
        var raw = Raw(area, setting);
        if (raw is null)
        {
            return fallback;
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            _errors.Add($"{Key(area, setting)} = '{raw}' is not a number; expected one between {min} and {max}, e.g. {fallback.ToString(CultureInfo.InvariantCulture)}.");
            return fallback;
        }

        if (value < min || value > max)
        {
            _errors.Add($"{Key(area, setting)} = {value.ToString(CultureInfo.InvariantCulture)} is out of range; expected {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}.");
            return fallback;
        }

        return value;
    }

    private bool Bool(string area, string setting, bool fallback)
    {
        var raw = Raw(area, setting);
        if (raw is null)
        {
            return fallback;
        }

        if (bool.TryParse(raw, out var value))
        {
            return value;
        }

        _errors.Add($"{Key(area, setting)} = '{raw}' is not a boolean; expected true or false.");
        return fallback;
    }

    private T OneOf<T>(string area, string setting, T fallback, IReadOnlyList<T> accepted)
        where T : IParsable<T>
    {
        var raw = Raw(area, setting);
        if (raw is null)
        {
            return fallback;
        }

        if (T.TryParse(raw, CultureInfo.InvariantCulture, out var value) && accepted.Contains(value))
        {
            return value;
        }

        _errors.Add($"{Key(area, setting)} = '{raw}' is not accepted; expected one of {string.Join(", ", accepted)}.");
        return fallback;
    }

    private IReadOnlyList<string> List(string area, string setting, IReadOnlyList<string> fallback)
    {
        var raw = Raw(area, setting);
        if (raw is null)
        {
            return fallback;
        }

        var items = raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Length == 0)
        {
            _errors.Add($"{Key(area, setting)} is empty; expected a comma-separated list like '{string.Join(",", fallback)}'.");
            return fallback;
        }

        return items;
    }
}
