using Amazon.CDK;
using Amazon.CDK.AWS.Glue;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.KMS;
using Amazon.CDK.AWS.S3;
using Constructs;
using PerfInfra.Cdk.Constructs.Security;
using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.DataLake;

/// <summary>
/// Raw, curated and query-result buckets with the guide's data lifecycle (IA, Glacier, expiry); a Glue
/// database whose curated tables are Snappy Parquet partitioned by day with partition projection (Athena
/// computes partitions, so no crawler or MSCK REPAIR is needed for them); and a Glue crawler that only
/// crawls new folders of the raw zone for everything else.
/// </summary>
public sealed class DataLake : Construct
{
    private readonly DataLakeSettings _settings;

    public DataLake(Construct scope, string id, DataLakeProps props)
        : base(scope, id)
    {
        _settings = props.Settings;
        AccessLogsBucket = new SecureBucket(this, "AccessLogs", new SecureBucketProps(null)).Bucket;
        RawBucket = BuildBucket("Raw", RawLifecycle());
        CuratedBucket = BuildBucket("Curated", CuratedLifecycle());
        QueryResultsBucket = BuildBucket("QueryResults", [new LifecycleRule
        {
            Id = "expire-query-results",
            Expiration = Duration.Days(_settings.QueryResultsExpireAfterDays),
            AbortIncompleteMultipartUploadAfter = Duration.Days(1),
        }]);
        DatabaseName = _settings.GlueDatabaseName;
        var database = BuildDatabase();
        foreach (var table in CuratedTables.All)
        {
            AddProjectedTable(database, table);
        }

        AddRawCrawler(database);
    }

    public IBucket AccessLogsBucket { get; }

    public IBucket RawBucket { get; }

    public IBucket CuratedBucket { get; }

    public IBucket QueryResultsBucket { get; }

    public string DatabaseName { get; }

    private IBucket BuildBucket(string id, IReadOnlyList<ILifecycleRule> lifecycle) =>
        new SecureBucket(this, id, new SecureBucketProps(AccessLogsBucket, lifecycle)).Bucket;

    private LifecycleRule[] RawLifecycle() =>
    [
        new LifecycleRule
        {
            Id = "raw-tiering",
            Transitions =
            [
                new Transition { StorageClass = StorageClass.INFREQUENT_ACCESS, TransitionAfter = Duration.Days(_settings.RawInfrequentAccessAfterDays) },
                new Transition { StorageClass = StorageClass.GLACIER, TransitionAfter = Duration.Days(_settings.RawGlacierAfterDays) },
            ],
            Expiration = Duration.Days(_settings.RawExpireAfterDays),
            AbortIncompleteMultipartUploadAfter = Duration.Days(1),
        },
    ];

    private LifecycleRule[] CuratedLifecycle() =>
    [
        new LifecycleRule
        {
            Id = "curated-tiering",
            Transitions =
            [
                new Transition { StorageClass = StorageClass.INFREQUENT_ACCESS, TransitionAfter = Duration.Days(_settings.CuratedInfrequentAccessAfterDays) },
                new Transition { StorageClass = StorageClass.GLACIER_INSTANT_RETRIEVAL, TransitionAfter = Duration.Days(_settings.CuratedGlacierAfterDays) },
            ],
            AbortIncompleteMultipartUploadAfter = Duration.Days(1),
        },
    ];

    private CfnDatabase BuildDatabase() => new(this, "Database", new CfnDatabaseProps
    {
        CatalogId = Stack.Of(this).Account,
        DatabaseInput = new CfnDatabase.DatabaseInputProperty
        {
            Name = DatabaseName,
            Description = "PerfInfra e-commerce analytics: curated Parquet tables and crawled raw data",
        },
    });

    private void AddProjectedTable(CfnDatabase database, PartitionedTable table)
    {
        var location = $"s3://{CuratedBucket.BucketName}/{table.Name}/";
        var cfn = new CfnTable(this, "Table-" + table.Name, new CfnTableProps
        {
            CatalogId = Stack.Of(this).Account,
            DatabaseName = DatabaseName,
            TableInput = new CfnTable.TableInputProperty
            {
                Name = table.Name,
                TableType = "EXTERNAL_TABLE",
                PartitionKeys = new[] { new CfnTable.ColumnProperty { Name = "dt", Type = "string" } },
                Parameters = new Dictionary<string, string>
                {
                    ["classification"] = "parquet",
                    ["parquet.compression"] = "SNAPPY",
                    // Partition projection: Athena derives dt values from this range instead of listing partitions.
                    ["projection.enabled"] = "true",
                    ["projection.dt.type"] = "date",
                    ["projection.dt.format"] = "yyyy-MM-dd",
                    ["projection.dt.range"] = $"{_settings.PartitionProjectionStartDate},NOW",
                    ["projection.dt.interval"] = "1",
                    ["projection.dt.interval.unit"] = "DAYS",
                    ["storage.location.template"] = location + "dt=${dt}/",
                },
                StorageDescriptor = new CfnTable.StorageDescriptorProperty
                {
                    Location = location,
                    InputFormat = "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
                    OutputFormat = "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat",
                    Compressed = true,
                    SerdeInfo = new CfnTable.SerdeInfoProperty
                    {
                        SerializationLibrary = "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe",
                    },
                    Columns = table.Columns.Select(c => new CfnTable.ColumnProperty { Name = c.Name, Type = c.Type }).ToArray(),
                },
            },
        });
        cfn.AddDependency(database);
    }

    private void AddRawCrawler(CfnDatabase database)
    {
        var stack = Stack.Of(this);
        var logsKey = new Key(this, "CrawlerLogsKey", new KeyProps
        {
            EnableKeyRotation = true,
            Description = "PerfInfra Glue crawler CloudWatch Logs encryption",
            RemovalPolicy = RemovalPolicy.DESTROY,
        });
        logsKey.GrantEncryptDecrypt(new ServicePrincipal($"logs.{stack.Region}.amazonaws.com"));
        var securityConfiguration = new CfnSecurityConfiguration(this, "CrawlerSecurity", new CfnSecurityConfigurationProps
        {
            Name = $"{DatabaseName}-crawler",
            EncryptionConfiguration = new CfnSecurityConfiguration.EncryptionConfigurationProperty
            {
                CloudWatchEncryption = new CfnSecurityConfiguration.CloudWatchEncryptionProperty
                {
                    CloudWatchEncryptionMode = "SSE-KMS",
                    KmsKeyArn = logsKey.KeyArn,
                },
                S3Encryptions = new[] { new CfnSecurityConfiguration.S3EncryptionProperty { S3EncryptionMode = "SSE-S3" } },
                JobBookmarksEncryption = new CfnSecurityConfiguration.JobBookmarksEncryptionProperty
                {
                    JobBookmarksEncryptionMode = "CSE-KMS",
                    KmsKeyArn = logsKey.KeyArn,
                },
            },
        });

        var role = new Role(this, "CrawlerRole", new RoleProps
        {
            AssumedBy = new ServicePrincipal("glue.amazonaws.com"),
            Description = "PerfInfra raw-zone crawler: read raw data, maintain the catalog's raw tables",
        });
        RawBucket.GrantRead(role);
        logsKey.GrantEncryptDecrypt(role);
        role.AddToPolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = ["glue:GetDatabase", "glue:GetTable", "glue:GetTables", "glue:CreateTable", "glue:UpdateTable",
                "glue:GetPartition", "glue:GetPartitions", "glue:BatchGetPartition", "glue:CreatePartition",
                "glue:BatchCreatePartition", "glue:UpdatePartition", "glue:GetSecurityConfiguration"],
            Resources =
            [
                stack.FormatArn(new ArnComponents { Service = "glue", Resource = "catalog" }),
                stack.FormatArn(new ArnComponents { Service = "glue", Resource = "database", ResourceName = DatabaseName }),
                stack.FormatArn(new ArnComponents { Service = "glue", Resource = "table", ResourceName = DatabaseName + "/*" }),
            ],
        }));
        role.AddToPolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents", "logs:AssociateKmsKey"],
            Resources = [stack.FormatArn(new ArnComponents { Service = "logs", Resource = "log-group", ResourceName = "/aws-glue/crawlers*", ArnFormat = ArnFormat.COLON_RESOURCE_NAME })],
        }));
        NagSuppressions.AddToResource(role.Node.FindChild("DefaultPolicy"), new NagSuppression("AwsSolutions-IAM5",
            "The crawler creates raw tables whose names come from the data (table/<db>/*), reads every object of the raw bucket, "
            + "and writes to Glue's own /aws-glue/crawlers log groups; all scoped to this database, bucket and log-group prefix.",
            [
                "Resource::arn:<AWS::Partition>:glue:<AWS::Region>:<AWS::AccountId>:table/" + DatabaseName + "/*",
                "Action::s3:GetBucket*", "Action::s3:GetObject*", "Action::s3:List*",
                @"/^Resource::<[A-Za-z0-9]*Raw[A-Za-z0-9]*\.Arn>\/\*$/",
                "Action::kms:ReEncrypt*", "Action::kms:GenerateDataKey*",
                "Resource::arn:<AWS::Partition>:logs:<AWS::Region>:<AWS::AccountId>:log-group:/aws-glue/crawlers*",
            ]));

        var crawler = new CfnCrawler(this, "RawCrawler", new CfnCrawlerProps
        {
            Role = role.RoleArn,
            DatabaseName = DatabaseName,
            TablePrefix = "raw_",
            Description = "Catalogs DMS output in the raw zone; curated tables use partition projection instead",
            Targets = new CfnCrawler.TargetsProperty
            {
                S3Targets = new[] { new CfnCrawler.S3TargetProperty { Path = $"s3://{RawBucket.BucketName}/dms/" } },
            },
            // Incremental: only folders added since the last crawl (the guide's "Glue crawler optimization").
            RecrawlPolicy = new CfnCrawler.RecrawlPolicyProperty { RecrawlBehavior = "CRAWL_NEW_FOLDERS_ONLY" },
            // CRAWL_NEW_FOLDERS_ONLY requires LOG for both behaviours.
            SchemaChangePolicy = new CfnCrawler.SchemaChangePolicyProperty { UpdateBehavior = "LOG", DeleteBehavior = "LOG" },
            Schedule = new CfnCrawler.ScheduleProperty { ScheduleExpression = _settings.CrawlerScheduleCron },
            CrawlerSecurityConfiguration = securityConfiguration.Name,
        });
        crawler.AddDependency(database);
    }
}
