namespace PerfInfra.Engine.Config;

/// <summary>
/// Rates as users write them: <c>2000/s</c>, <c>120/m</c>, <c>36000/h</c>; the canonical unit is
/// per second. Used for arrival rates and the safety cap.
/// </summary>
public static class RateParser
{
    /// <summary>What the error messages say is accepted.</summary>
    public const string Accepted = "a number per unit time (/s, /m, /h), e.g. 2000/s, 120/m";

    private static readonly (string Unit, double Seconds)[] Units =
    [
        ("/s", 1),
        ("/m", 60),
        ("/h", 3600),
    ];

    /// <summary>Parses to events per second, or throws <see cref="FormatException"/> naming the bad part.</summary>
    public static double Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var value, out var error) ? value : throw new FormatException(error);
    }

    public static bool TryParse(string? text, out double perSecond) => TryParse(text, out perSecond, out _);

    public static bool TryParse(string? text, out double perSecond, out string error)
    {
        perSecond = 0;
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = $"empty rate; expected {Accepted}";
            return false;
        }

        var s = text.Trim();
        var slash = s.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            error = $"'{text}' has no time unit; expected {Accepted}";
            return false;
        }

        var unit = s[slash..];
        var index = Array.FindIndex(Units, u => u.Unit == unit);
        if (index < 0)
        {
            error = $"'{text}' has an unknown unit '{unit}'; expected {Accepted}";
            return false;
        }

        if (!ConfigNumber.TryParse(s[..slash], out var count))
        {
            error = $"'{text}' has a bad number '{s[..slash]}'; expected {Accepted}";
            return false;
        }

        perSecond = count / Units[index].Seconds;
        if (perSecond > ConfigValueDefaults.MaxRatePerSecond)
        {
            error = $"'{text}' is above the largest accepted rate ({Format(ConfigValueDefaults.MaxRatePerSecond)})";
            return false;
        }

        return true;
    }

    /// <summary>Canonical text (<c>2000/s</c>); round-trips exactly through <see cref="Parse"/>.</summary>
    public static string Format(double perSecond)
    {
        if (!double.IsFinite(perSecond) || perSecond < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(perSecond), perSecond, "a rate is finite and not negative");
        }

        return ConfigNumber.Format(perSecond) + "/s";
    }
}
