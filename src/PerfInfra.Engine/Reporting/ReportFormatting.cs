using System.Globalization;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Reporting;

/// <summary>How numbers are shown to people (console, Markdown, JUnit): one place, so they agree.</summary>
public static class ReportFormatting
{
    public static string UnitName(MetricUnit unit) => unit switch
    {
        MetricUnit.Milliseconds => "ms",
        MetricUnit.Ratio => "ratio",
        MetricUnit.PerSecond => "per_second",
        MetricUnit.Bytes => "bytes",
        MetricUnit.Usd => UsdUnit,
        _ => "count",
    };

    /// <summary>A report value by its report.json unit name (ms, ratio, per_second, bytes, count).</summary>
    public static string Display(double value, string unitName) => unitName switch
    {
        "ms" => Number(value) + " ms",
        "ratio" => Number(value * 100) + "%",
        "per_second" => Number(value) + "/s",
        "bytes" => Bytes(value),
        UsdUnit => Usd(value),
        _ => Number(value),
    };

    /// <summary>The unit name of estimated US dollars in report.json (the Athena suite's cost).</summary>
    public const string UsdUnit = "usd";

    /// <summary>Dollars: cents from a dollar up, else four significant digits ($0.00004768).</summary>
    public static string Usd(double value)
    {
        if (Math.Abs(value) >= 1 || value == 0)
        {
            return "$" + value.ToString("0.00", CultureInfo.InvariantCulture);
        }

        var decimals = Math.Clamp(UsdSignificantDigits - 1 - (int)Math.Floor(Math.Log10(Math.Abs(value))), 0, MaxUsdDecimals);
        return "$" + Math.Round(value, decimals).ToString("0.############", CultureInfo.InvariantCulture);
    }

    private const int UsdSignificantDigits = 4;

    private const int MaxUsdDecimals = 12;

    /// <summary>Bytes in binary units (B, KiB, MiB, GiB, TiB), three significant figures or so.</summary>
    public static string Bytes(double value)
    {
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB"];
        var scaled = value;
        var unit = 0;
        while (Math.Abs(scaled) >= BytesPerKibibyte && unit < units.Length - 1)
        {
            scaled /= BytesPerKibibyte;
            unit++;
        }

        return Number(scaled) + " " + units[unit];
    }

    private const double BytesPerKibibyte = 1024;

    /// <summary>Headroom with its sign, by unit name.</summary>
    public static string SignedDisplay(double margin, string unitName) =>
        (margin >= 0 ? "+" : "-") + Display(Math.Abs(margin), unitName);

    /// <summary>Table numbers: one decimal from 100 up, two below.</summary>
    public static string Number(double value) =>
        value.ToString(Math.Abs(value) >= 100 ? "0.#" : "0.##", CultureInfo.InvariantCulture);

    public static string Lower(Verdict verdict) => verdict.ToString().ToLowerInvariant();
}
