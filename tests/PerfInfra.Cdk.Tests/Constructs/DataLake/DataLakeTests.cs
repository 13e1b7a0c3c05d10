using Amazon.CDK.Assertions;
using PerfInfra.Cdk.Settings;
using PerfInfra.Cdk.Tests.Support;
using Match = Amazon.CDK.Assertions.Match;

namespace PerfInfra.Cdk.Tests.Constructs.DataLake;

[Collection(DefaultAppCollection.Name)]
public sealed class DataLakeTests(DefaultApp app)
{
    private readonly Template _template = app.Data;

    [Fact]
    public void RawBucket_Defaults_TiersToIaThenGlacierThenExpires()
    {
        _template.HasResourceProperties("AWS::S3::Bucket", new Dictionary<string, object>
        {
            ["LifecycleConfiguration"] = new Dictionary<string, object>
            {
                ["Rules"] = Match.ArrayWith([Match.ObjectLike(new Dictionary<string, object>
                {
                    ["ExpirationInDays"] = DataLakeDefaults.RawExpireAfterDays,
                    ["Transitions"] = new object[]
                    {
                        new Dictionary<string, object> { ["StorageClass"] = "STANDARD_IA", ["TransitionInDays"] = DataLakeDefaults.RawInfrequentAccessAfterDays },
                        new Dictionary<string, object> { ["StorageClass"] = "GLACIER", ["TransitionInDays"] = DataLakeDefaults.RawGlacierAfterDays },
                    },
                })]),
            },
        });
    }

    [Fact]
    public void CuratedTables_All_AreSnappyParquetWithDatePartitionProjection()
    {
        _template.ResourceCountIs("AWS::Glue::Table", 3);
        _template.AllResourcesProperties("AWS::Glue::Table", new Dictionary<string, object>
        {
            ["TableInput"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["PartitionKeys"] = new object[] { new Dictionary<string, object> { ["Name"] = "dt", ["Type"] = "string" } },
                ["Parameters"] = Match.ObjectLike(new Dictionary<string, object>
                {
                    ["classification"] = "parquet",
                    ["parquet.compression"] = "SNAPPY",
                    ["projection.enabled"] = "true",
                    ["projection.dt.type"] = "date",
                    ["projection.dt.range"] = DataLakeDefaults.PartitionProjectionStartDate + ",NOW",
                }),
                ["StorageDescriptor"] = Match.ObjectLike(new Dictionary<string, object>
                {
                    ["SerdeInfo"] = new Dictionary<string, object> { ["SerializationLibrary"] = "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe" },
                }),
            }),
        });
    }

    [Fact]
    public void RawCrawler_Always_CrawlsNewFoldersOnlyWithEncryptedLogs()
    {
        _template.HasResourceProperties("AWS::Glue::Crawler", new Dictionary<string, object>
        {
            ["RecrawlPolicy"] = new Dictionary<string, object> { ["RecrawlBehavior"] = "CRAWL_NEW_FOLDERS_ONLY" },
            ["CrawlerSecurityConfiguration"] = Match.AnyValue(),
        });
    }
}
