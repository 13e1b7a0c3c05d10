namespace PerfInfra.LocalSuites.Athena;

/// <summary>
/// Size of the generated data set. The defaults (91 days × 1,000 orders ≈ 91k orders, 230k order items,
/// 900k click events, ~15 MB of Parquet) generate in a few seconds and cover the dates the built-in
/// queries read (2024-01-01 … 2024-03-31).
/// </summary>
public sealed record AthenaLocalSuiteOptions
{
    public static readonly DateOnly DefaultFirstDay = new(2024, 1, 1);

    /// <summary>The first dt partition.</summary>
    public DateOnly FirstDay { get; init; } = DefaultFirstDay;

    /// <summary>Days of data, one dt partition per day and table.</summary>
    public int Days { get; init; } = AthenaLocalDefaults.Days;

    /// <summary>Orders per day; order items and click events scale with it.</summary>
    public int OrdersPerDay { get; init; } = AthenaLocalDefaults.OrdersPerDay;

    /// <summary>Every message of <see cref="Validate"/>, empty when the options can run.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Days is < 1 or > AthenaLocalDefaults.MaxDays)
        {
            errors.Add($"days must be 1..{AthenaLocalDefaults.MaxDays}, got {Days}");
        }

        if (OrdersPerDay is < 1 or > AthenaLocalDefaults.MaxOrdersPerDay)
        {
            errors.Add($"orders per day must be 1..{AthenaLocalDefaults.MaxOrdersPerDay}, got {OrdersPerDay}");
        }

        return errors;
    }
}
