namespace PerfInfra.Engine.Config;

/// <summary>
/// Ratios as users write them: <c>1%</c>, <c>0.5%</c>, or a bare ratio from 0 up to (not including) 1 (<c>0.01</c>).
/// The canonical value is the ratio (1% → 0.01); values above 100% are refused.
/// </summary>
public static class PercentageParser
{
    /// <summary>What the error messages say is accepted.</summary>
    public const string Accepted = "a percentage from 0% to 100% (e.g. 1%, 0.5%) or a ratio from 0 to below 1 (e.g. 0.01)";

    private const double PercentPerRatio = 100;

    /// <summary>Parses to a ratio in [0, 1], or throws <see cref="FormatException"/> naming the bad part.</summary>
    public static double Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var value, out var error) ? value : throw new FormatException(error);
    }

    public static bool TryParse(string? text, out double ratio) => TryParse(text, out ratio, out _);

    public static bool TryParse(string? text, out double ratio, out string error)
    {
        ratio = 0;
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = $"empty percentage; expected {Accepted}";
            return false;
        }

        var s = text.Trim();
        var isPercent = s.EndsWith('%');
        var numberText = isPercent ? s[..^1].TrimEnd() : s;
        if (!ConfigNumber.TryParse(numberText, out var number))
        {
            error = $"'{text}' is not a percentage; expected {Accepted}";
            return false;
        }

        ratio = isPercent ? number / PercentPerRatio : number;

        // A bare "1" is ambiguous (100 %, or 1 % with the sign forgotten?) and as a limit on an error
        // rate would always pass: ask for the percent sign instead of guessing.
        if (!isPercent && ratio == 1)
        {
            error = $"'{text}' is ambiguous; write 100% for the whole, or 1% if that was meant";
            ratio = 0;
            return false;
        }

        if (ratio > 1)
        {
            error = isPercent
                ? $"'{text}' is above 100%; expected {Accepted}"
                : $"'{text}' is a bare number above 1; write a percentage with '%' (e.g. {numberText}%) or a ratio from 0 to 1";
            return false;
        }

        return true;
    }

    /// <summary>
    /// Canonical text as a percentage (<c>1%</c>); falls back to the bare ratio in the rare case where no
    /// percentage text divides back to exactly the same double, so the round trip is always exact.
    /// </summary>
    public static string Format(double ratio)
    {
        if (!double.IsFinite(ratio) || ratio < 0 || ratio > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ratio), ratio, "a ratio is between 0 and 1");
        }

        var percent = ratio * PercentPerRatio;
        foreach (var candidate in (ReadOnlySpan<double>)[percent, Math.BitDecrement(percent), Math.BitIncrement(percent)])
        {
            var text = ConfigNumber.Format(candidate);
            if (ConfigNumber.TryParse(text, out var back) && back / PercentPerRatio == ratio)
            {
                return text + "%";
            }
        }

        return ConfigNumber.Format(ratio);
    }
}
