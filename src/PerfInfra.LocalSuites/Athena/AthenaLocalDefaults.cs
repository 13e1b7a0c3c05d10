namespace PerfInfra.LocalSuites.Athena;

/// <summary>Defaults and bounds of the local Athena suite.</summary>
public static class AthenaLocalDefaults
{
    /// <summary>2024-01-01 … 2024-03-31: the quarter the built-in queries read.</summary>
    public const int Days = 91;

    public const int OrdersPerDay = 1000;

    /// <summary>Ten years of daily partitions.</summary>
    public const int MaxDays = 3660;

    /// <summary>Keeps a typo from filling the disk: 1M orders a day is ~10 GB of Parquet per month.</summary>
    public const int MaxOrdersPerDay = 1_000_000;

    /// <summary>Distinct customers and products the generator draws from.</summary>
    public const int Customers = 20_000;
    public const int Products = 500;

    /// <summary>Browsing sessions per order (most sessions buy nothing).</summary>
    public const int SessionsPerOrder = 3;
}
