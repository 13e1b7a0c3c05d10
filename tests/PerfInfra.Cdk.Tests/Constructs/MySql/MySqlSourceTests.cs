using Amazon.CDK.Assertions;
using PerfInfra.Cdk.Tests.Support;
using Match = Amazon.CDK.Assertions.Match;

namespace PerfInfra.Cdk.Tests.Constructs.MySql;

[Collection(DefaultAppCollection.Name)]
public sealed class MySqlSourceTests(DefaultApp app)
{
    private readonly Template _template = app.Data;

    [Fact]
    public void ParameterGroup_Defaults_TurnsOnTheSlowQueryLog()
    {
        _template.HasResourceProperties("AWS::RDS::DBParameterGroup", new Dictionary<string, object>
        {
            ["Parameters"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["slow_query_log"] = "1",
                ["long_query_time"] = "1",
                ["binlog_format"] = "ROW",
            }),
        });
    }

    [Fact]
    public void Instance_Defaults_IsEncryptedMultiAzWithPerformanceInsightsAndSlowLogExport()
    {
        _template.HasResourceProperties("AWS::RDS::DBInstance", new Dictionary<string, object>
        {
            ["StorageEncrypted"] = true,
            ["MultiAZ"] = true,
            ["EnablePerformanceInsights"] = true,
            ["PubliclyAccessible"] = false,
            ["EnableCloudwatchLogsExports"] = new[] { "error", "slowquery" },
        });
    }

    [Fact]
    public void Proxy_Always_PoolsConnectionsOverTls()
    {
        _template.HasResourceProperties("AWS::RDS::DBProxy", new Dictionary<string, object>
        {
            ["EngineFamily"] = "MYSQL",
            ["RequireTLS"] = true,
        });
    }
}
