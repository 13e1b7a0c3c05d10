using PerfInfra.Cdk.Constructs.Batch;
using PerfInfra.Cdk.Constructs.LoadTesting;
using PerfInfra.Cdk.Settings;
using PerfInfra.PipelineJob.Conversion;
using PerfInfra.PipelineJob.Throughput;

namespace PerfInfra.PipelineJob.Tests;

/// <summary>What the CDK app tells AWS Batch to run is what the job understands: commands, variables, prefixes.</summary>
public sealed class JobContractTests
{
    [Fact]
    public void StateMachineOverride_CommandAndVariables_AreTheJobs()
    {
        Assert.Equal(PipelineThroughputCommand.Name, PipelineSuiteBranch.JobCommand);
        Assert.Equal(JobEnvironment.Records, PipelineSuiteBranch.RecordsVariable);
        Assert.Equal(JobEnvironment.RunId, PipelineSuiteBranch.RunIdVariable);
    }

    [Fact]
    public void JobRole_RawWritePrefix_IsWhereTheJobLands()
    {
        Assert.Equal(BatchDefaults.PipelineRawPrefix, JobDefaults.RawRoot);
    }

    [Fact]
    public void JobDefinitionCommand_WithTheParameterSubstituted_ParsesAsSnappyDtConversion()
    {
        var command = BatchProcessing.ConversionCommand.Select(a => a == "Ref::sourcePrefix" ? "drop/orders/" : a).ToList();

        Assert.Equal(ConvertToParquetCommand.Name, command[0]);
        var settings = ConvertToParquetSettings.Parse(command.Skip(1).ToList(), Buckets());
        Assert.Equal(new ConvertToParquetSettings("drop/orders/", DataPipeline.ParquetCompression.Snappy, "raw-bucket", "curated-bucket"), settings);
    }

    [Fact]
    public void JobDefinitionCommand_SubmittedWithoutTheParameter_IsAnInputErrorSayingHowToSubmit()
    {
        var error = Assert.Throws<JobInputException>(() => ConvertToParquetSettings.Parse(BatchProcessing.ConversionCommand.Skip(1).ToList(), Buckets()));

        Assert.Equal("--source-prefix is 'Ref::sourcePrefix': submit the job with --parameters sourcePrefix=<value>", error.Message);
    }

    private static JobEnvironment Buckets() => new(name => name switch
    {
        JobEnvironment.SourceBucket => "raw-bucket",
        JobEnvironment.DestinationBucket => "curated-bucket",
        _ => null,
    });
}
