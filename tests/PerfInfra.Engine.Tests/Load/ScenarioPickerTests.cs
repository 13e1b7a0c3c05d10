using PerfInfra.Engine.Load;

namespace PerfInfra.Engine.Tests.Load;

public sealed class ScenarioPickerTests
{
    [Fact]
    public void Pick_SeededRandom_PicksInProportionToWeights()
    {
        var picker = new ScenarioPicker([1, 3, 0, 6]);
        var random = new Random(7);
        var counts = new int[4];
        const int picks = 100_000;
        for (var i = 0; i < picks; i++)
        {
            counts[picker.Pick(random.NextDouble())]++;
        }

        Assert.Equal(0.1, counts[0] / (double)picks, precision: 2);
        Assert.Equal(0.3, counts[1] / (double)picks, precision: 2);
        Assert.Equal(0, counts[2]);
        Assert.Equal(0.6, counts[3] / (double)picks, precision: 2);
    }

    [Fact]
    public void Validate_NegativeAndAllZeroWeights_ReportsEveryProblem()
    {
        var problems = ScenarioPicker.Validate([-1, double.NaN]).ToList();

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("scenarios[0].weight", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("scenarios[1].weight", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("every weight is 0", StringComparison.Ordinal));
    }
}
