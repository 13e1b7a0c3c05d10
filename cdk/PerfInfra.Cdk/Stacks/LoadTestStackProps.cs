using Amazon.CDK;
using PerfInfra.Cdk.Constructs.LoadTesting;
using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Stacks;

public sealed class LoadTestStackProps : StackProps
{
    public required LoadTestSettings Settings { get; init; }

    /// <summary>The monitoring stack alarms on failed executions of this name.</summary>
    public required string StateMachineName { get; init; }

    /// <summary>The load-test config file, shipped in the functions' code.</summary>
    public required string ConfigPath { get; init; }

    /// <summary>The data stack's Batch queue and job, DMS task and Athena names the pipeline suite drives.</summary>
    public required PipelineSuiteTargets Pipeline { get; init; }

    /// <summary>The bootstrap project's folder, bundled into the functions' code at synth.</summary>
    public required string BootstrapDirectory { get; init; }

    /// <summary>The data stack's workgroups, database and buckets for the Athena suite; null: that suite cannot run.</summary>
    public AthenaQueryTargets? Athena { get; init; }

    /// <summary>The platform's functions the Lambda suite measures (cold starts, warm invocations, memory).</summary>
    public IReadOnlyList<Constructs.LoadTesting.LambdaSuiteTarget> LambdaTargets { get; init; } = [];

    /// <summary>The deployed optimizations the preflight checks before any load; null: no preflight calls.</summary>
    public PreflightTargets? Preflight { get; init; }
}
