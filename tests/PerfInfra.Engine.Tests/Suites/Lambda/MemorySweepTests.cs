using PerfInfra.Engine.Suites.Lambda;

namespace PerfInfra.Engine.Tests.Suites.Lambda;

public sealed class MemorySweepTests
{
    private static LambdaReportLine At(int memoryMb, double durationMs) => new("r", durationMs, Math.Ceiling(durationMs), memoryMb, 60);

    [Fact]
    public void CostPerInvocation_OneGbForOneSecondOnArm64_IsTheGbSecondPricePlusOneRequest()
    {
        var cost = LambdaPricing.Arm64.CostPerInvocationUsd(1000, 1024);

        Assert.Equal(0.0000133334 + 0.0000002, cost, 12);
    }

    [Fact]
    public void CostPerInvocation_X86_CostsMoreThanArm64ForTheSameWork()
    {
        Assert.True(LambdaPricing.X86.CostPerInvocationUsd(100, 512) > LambdaPricing.Arm64.CostPerInvocationUsd(100, 512));
    }

    [Fact]
    public void Evaluate_CpuBoundFunction_RecommendsFastestCheapestAndBalanced()
    {
        // 128 MB: 1000 ms; 512 MB: 240 ms; 1024 MB: 110 ms; 2048 MB: 100 ms (past the CPU's benefit).
        var sweep = MemorySweep.Evaluate(
            "orders",
            [At(128, 1000), At(128, 1000), At(512, 240), At(1024, 110), At(2048, 100)],
            LambdaPricing.Arm64);

        Assert.Equal([128, 512, 1024, 2048], sweep.Points.Select(p => p.MemoryMb));
        Assert.Equal(2, sweep.Points[0].Invocations);
        Assert.Equal(2048, sweep.Fastest.MemoryMb);
        // GB-seconds: 128 → 0.125, 512 → 0.1172, 1024 → 0.1074, 2048 → 0.1953.
        Assert.Equal(1024, sweep.Cheapest.MemoryMb);
        Assert.Equal(1024, sweep.Balanced.MemoryMb);
    }

    [Fact]
    public void Evaluate_BalancedDiffersFromBoth_WhenCheapIsSlowAndFastIsDear()
    {
        // 128 MB: cheapest (0.0125 GB-s) but 100 ms; 1024 MB: 20 ms at 0.02 GB-s; 10240 MB: 9 ms at 0.09 GB-s.
        var sweep = MemorySweep.Evaluate("f", [At(128, 100), At(1024, 20), At(10240, 9)], LambdaPricing.Arm64);

        Assert.Equal(128, sweep.Cheapest.MemoryMb);
        Assert.Equal(10240, sweep.Fastest.MemoryMb);
        Assert.Equal(1024, sweep.Balanced.MemoryMb);
        var table = sweep.ToTable();
        Assert.Equal("balanced", table.Rows[1][^1]);
        Assert.Equal("cheapest", table.Rows[0][^1]);
    }

    [Fact]
    public void Evaluate_Tie_GoesToTheSmallerSize()
    {
        var sweep = MemorySweep.Evaluate("f", [At(1024, 10), At(512, 10)], LambdaPricing.Arm64);

        Assert.Equal(512, sweep.Fastest.MemoryMb);
    }

    [Fact]
    public void Evaluate_NoReports_Throws()
    {
        Assert.Throws<ArgumentException>(() => MemorySweep.Evaluate("f", [], LambdaPricing.Arm64));
    }
}
