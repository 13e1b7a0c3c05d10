using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Tests.Settings;

public sealed class ContextSettingsReaderTests
{
    private static PerfInfraSettings Read(Dictionary<string, object> context) =>
        new ContextSettingsReader(key => context.GetValueOrDefault(key)).Read();

    [Fact]
    public void Read_NoContext_ReturnsTheSeedFigures()
    {
        var settings = Read([]);

        Assert.Equal("0.5", settings.Api.CacheClusterSizeGb);
        Assert.Equal((300, 3600, 300, 30), (settings.Api.CacheTtlSeconds, settings.Api.StaticCacheTtlSeconds, settings.Api.SemiStaticCacheTtlSeconds, settings.Api.DynamicCacheTtlSeconds));
        Assert.Equal((5000, 2000d), (settings.Api.ThrottleBurstLimit, settings.Api.ThrottleRateLimitPerSecond));
        Assert.Equal(4096, settings.Lambda.MlMemoryMb);
        Assert.Equal(("dms.c5.2xlarge", 200), (settings.Dms.ReplicationInstanceClass, settings.Dms.AllocatedStorageGb));
        Assert.Equal((4, 64), (settings.Batch.MinVcpus, settings.Batch.MaxVcpus));
        Assert.Equal(["c5.2xlarge", "c5.4xlarge"], settings.Batch.InstanceTypes);
    }

    [Fact]
    public void Read_BatchJobImage_NullByDefaultElseTheRegistryImage()
    {
        const string image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/perfinfra-pipeline-job:7";

        Assert.Null(Read([]).Batch.JobImage);
        Assert.Equal(".", Read([]).Batch.JobImageContext);
        Assert.Equal(image, Read(new() { [ContextSettingsReader.Key("batch", "jobImage")] = image }).Batch.JobImage);
        var error = Assert.Throws<InvalidSettingsException>(() => Read(new() { [ContextSettingsReader.Key("batch", "jobImage")] = " " }));
        Assert.Contains("perfinfra:batch:jobImage is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StringsFromCommandLineAndNumbersFromJson_AreBothParsed()
    {
        var settings = Read(new()
        {
            [ContextSettingsReader.Key("api", "throttleBurstLimit")] = "3000",
            [ContextSettingsReader.Key("lambda", "mlMemoryMb")] = 3008.0,
            [ContextSettingsReader.Key("batch", "useSpot")] = true,
            [ContextSettingsReader.Key("batch", "instanceTypes")] = "c6g.2xlarge, c6g.4xlarge",
        });

        Assert.Equal(3000, settings.Api.ThrottleBurstLimit);
        Assert.Equal(3008, settings.Lambda.MlMemoryMb);
        Assert.True(settings.Batch.UseSpot);
        Assert.Equal(["c6g.2xlarge", "c6g.4xlarge"], settings.Batch.InstanceTypes);
    }

    [Fact]
    public void Read_SeveralBadValues_ReportsEveryOneWithKeyValueAndAcceptedRange()
    {
        var error = Assert.Throws<InvalidSettingsException>(() => Read(new()
        {
            [ContextSettingsReader.Key("api", "cacheClusterSizeGb")] = "0.7",
            [ContextSettingsReader.Key("api", "cacheTtlSeconds")] = "7200",
            [ContextSettingsReader.Key("lambda", "useArm64")] = "yes",
        }));

        Assert.Equal(3, error.Errors.Count);
        Assert.Contains(error.Errors, e => e.Contains("perfinfra:api:cacheClusterSizeGb = '0.7'", StringComparison.Ordinal) && e.Contains("0.5, 1.6", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("perfinfra:api:cacheTtlSeconds = 7200 is out of range; expected 0 to 3600", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("perfinfra:lambda:useArm64 = 'yes'", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MinimumAboveMaximumOrLifecycleOutOfOrder_IsReported()
    {
        var error = Assert.Throws<InvalidSettingsException>(() => Read(new()
        {
            [ContextSettingsReader.Key("batch", "minVcpus")] = "128",
            [ContextSettingsReader.Key("dataLake", "rawGlacierAfterDays")] = "400",
        }));

        Assert.Contains(error.Errors, e => e.Contains("perfinfra:batch:minVcpus = 128 is above perfinfra:batch:maxVcpus = 64", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("perfinfra:dataLake:rawGlacierAfterDays = 400 must be less than perfinfra:dataLake:rawExpireAfterDays = 365", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MisspeltPerfInfraKey_IsReportedWithTheClosestSetting()
    {
        var context = new Dictionary<string, object> { ["perfinfra:api:throttleBurst"] = "3000", ["@aws-cdk/core:someFlag"] = true };
        var reader = new ContextSettingsReader(key => context.GetValueOrDefault(key), [.. context.Keys]);

        var error = Assert.Throws<InvalidSettingsException>(reader.Read);

        var message = Assert.Single(error.Errors);
        Assert.Equal("perfinfra:api:throttleBurst is not a PerfInfra setting; did you mean 'perfinfra:api:throttleBurstLimit'?", message);
    }

    [Fact]
    public void FromEnvironment_ContextJsonAndOverflowFile_ListsKeysOfBoth()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "{\"perfinfra:batch:maxVcpus\": 32}");
            var environment = new Dictionary<string, string>
            {
                [CdkContextKeys.ContextJsonVariable] = "{\"perfinfra:api:stageName\": \"prod\", \"other\": 1}",
                [CdkContextKeys.ContextOverflowFileVariable] = file,
            };

            var keys = CdkContextKeys.FromEnvironment(name => environment.GetValueOrDefault(name));

            Assert.Equal(["perfinfra:api:stageName", "other", "perfinfra:batch:maxVcpus"], keys);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
