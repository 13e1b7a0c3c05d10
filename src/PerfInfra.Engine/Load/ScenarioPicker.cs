namespace PerfInfra.Engine.Load;

/// <summary>Picks a scenario index with probability weight / sum(weights).</summary>
internal sealed class ScenarioPicker
{
    private readonly double[] _cumulative;

    public ScenarioPicker(IReadOnlyList<double> weights)
    {
        var problems = Validate(weights).ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(weights));
        }

        _cumulative = new double[weights.Count];
        var sum = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            sum += weights[i];
            _cumulative[i] = sum;
        }
    }

    public static IEnumerable<string> Validate(IReadOnlyList<double> weights)
    {
        if (weights.Count == 0)
        {
            yield return "scenarios: at least one scenario is required";
            yield break;
        }

        for (var i = 0; i < weights.Count; i++)
        {
            if (!double.IsFinite(weights[i]) || weights[i] < 0)
            {
                yield return $"scenarios[{i}].weight: {weights[i]} is not a number ≥ 0";
            }
        }

        if (weights.Where(double.IsFinite).Sum() <= 0)
        {
            yield return "scenarios: every weight is 0; at least one scenario needs a weight > 0";
        }
    }

    /// <summary><paramref name="unit"/> is uniform in [0, 1).</summary>
    public int Pick(double unit)
    {
        if (_cumulative.Length == 1)
        {
            return 0;
        }

        var point = unit * _cumulative[^1];
        for (var i = 0; i < _cumulative.Length; i++)
        {
            // Strictly greater: a zero-weight scenario has the same cumulative as the one before it and is never picked.
            if (point < _cumulative[i])
            {
                return i;
            }
        }

        return _cumulative.Length - 1;
    }
}
