using System.Text;

namespace PerfInfra.Engine.Config;

/// <summary>
/// Durations as users write them: <c>250ms</c>, <c>300s</c>, <c>5m</c>, <c>1h30m</c>, <c>1.5s</c>.
/// Units are h, m (minutes), s, ms, us/µs; compound forms list units from largest to smallest, each
/// once. A bare number is refused here (is "5" seconds or minutes?); the threshold parser alone reads
/// a bare number as milliseconds, as k6 does.
/// </summary>
public static class DurationParser
{
    /// <summary>What the error messages say is accepted.</summary>
    public const string Accepted = "a number with a unit (us, ms, s, m, h), e.g. 250ms, 30s, 5m, 1h30m";

    // Ordered largest first: a compound duration must follow this order.
    private static readonly (string Unit, long Ticks)[] Units =
    [
        ("h", TimeSpan.TicksPerHour),
        ("m", TimeSpan.TicksPerMinute),
        ("s", TimeSpan.TicksPerSecond),
        ("ms", TimeSpan.TicksPerMillisecond),
        ("us", TimeSpan.TicksPerMicrosecond),
        ("µs", TimeSpan.TicksPerMicrosecond),
    ];

    private static readonly double MaxMilliseconds = ConfigValueDefaults.MaxDuration.TotalMilliseconds;

    /// <summary>Parses <paramref name="text"/> or throws <see cref="FormatException"/> naming the bad part.</summary>
    public static TimeSpan Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var value, out var error) ? value : throw new FormatException(error);
    }

    public static bool TryParse(string? text, out TimeSpan value) => TryParse(text, out value, out _);

    /// <summary>Like <see cref="Parse"/>, with the reason in <paramref name="error"/> instead of an exception.</summary>
    public static bool TryParse(string? text, out TimeSpan value, out string error)
    {
        var ok = TryParseMilliseconds(text, out var milliseconds, out error);
        value = ok ? TimeSpan.FromTicks((long)Math.Round(milliseconds * TimeSpan.TicksPerMillisecond)) : TimeSpan.Zero;
        return ok;
    }

    /// <summary>
    /// Parses to milliseconds as a double, without rounding to <see cref="TimeSpan"/> ticks, so a
    /// threshold such as <c>0.00001ms</c> keeps its exact value.
    /// </summary>
    public static bool TryParseMilliseconds(string? text, out double milliseconds, out string error)
    {
        milliseconds = 0;
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = $"empty duration; expected {Accepted}";
            return false;
        }

        var s = text.Trim();
        if (s.Any(char.IsWhiteSpace))
        {
            error = $"'{text}' contains a space; write durations without spaces, e.g. 10s or 1h30m";
            return false;
        }

        var position = 0;
        var lastUnitIndex = -1;
        double total = 0;
        while (position < s.Length)
        {
            var numberLength = ConfigNumber.ScanLength(s, position);
            if (numberLength == 0)
            {
                error = $"'{text}' is not a duration; expected {Accepted}";
                return false;
            }

            var numberText = s.Substring(position, numberLength);
            position += numberLength;
            var unitStart = position;
            while (position < s.Length && !char.IsAsciiDigit(s[position]) && s[position] != '.')
            {
                position++;
            }

            var unit = s[unitStart..position];
            if (unit.Length == 0)
            {
                error = $"'{text}' has no unit after '{numberText}'; expected {Accepted}";
                return false;
            }

            var unitIndex = Array.FindIndex(Units, u => u.Unit == unit);
            if (unitIndex < 0)
            {
                error = $"'{text}' has an unknown unit '{unit}'; expected {Accepted}";
                return false;
            }

            // "us" and "µs" are one unit: treat them as the same slot for the ordering rule.
            var slot = Math.Min(unitIndex, Units.Length - 2);
            if (slot <= lastUnitIndex)
            {
                error = $"'{text}' repeats or misorders units; write them largest first, each once, e.g. 1h30m";
                return false;
            }

            lastUnitIndex = slot;
            if (!ConfigNumber.TryParse(numberText, out var number))
            {
                error = $"'{text}' has a bad number '{numberText}'; expected {Accepted}";
                return false;
            }

            // Exact for "ms" (factor 1), the unit of canonical threshold text, so thresholds round-trip.
            total += number * ((double)Units[unitIndex].Ticks / TimeSpan.TicksPerMillisecond);
            if (total > MaxMilliseconds)
            {
                error = $"'{text}' is longer than the largest accepted duration ({Format(ConfigValueDefaults.MaxDuration)})";
                return false;
            }
        }

        milliseconds = total;
        return true;
    }

    /// <summary>
    /// Canonical text, largest units first (<c>1h30m</c>, <c>1s500ms</c>, <c>0s</c>). Sub-microsecond
    /// ticks are dropped; every whole-microsecond duration round-trips through <see cref="Parse"/>.
    /// </summary>
    public static string Format(TimeSpan value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
        var remaining = value.Ticks - (value.Ticks % TimeSpan.TicksPerMicrosecond);
        if (remaining == 0)
        {
            return "0s";
        }

        var text = new StringBuilder();
        foreach (var (unit, ticks) in Units.AsSpan(0, Units.Length - 1))
        {
            var count = remaining / ticks;
            if (count > 0)
            {
                text.Append(count).Append(unit);
                remaining -= count * ticks;
            }
        }

        return text.ToString();
    }
}
