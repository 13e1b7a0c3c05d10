using System.Globalization;

namespace PerfInfra.Engine.Config;

/// <summary>
/// The one number syntax of the config values: unsigned decimal, optional fraction and exponent
/// ("500", "0.5", "1e3"). No sign, thousands separators, "NaN" or "Infinity" — a threshold or a
/// duration written that way is a typo, not a value.
/// </summary>
internal static class ConfigNumber
{
    private const NumberStyles Style = NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>Length of the leading number of <paramref name="text"/> (0 when it does not start with one).</summary>
    public static int ScanLength(string text, int start)
    {
        var i = start;
        var digits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
            digits++;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
                digits++;
            }
        }

        if (digits == 0)
        {
            return 0;
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            var j = i + 1;
            if (j < text.Length && (text[j] == '+' || text[j] == '-'))
            {
                j++;
            }

            var expDigits = 0;
            while (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                j++;
                expDigits++;
            }

            if (expDigits > 0)
            {
                i = j;
            }
        }

        return i - start;
    }

    /// <summary>Parses a whole string as a finite, non-negative number.</summary>
    public static bool TryParse(string text, out double value)
    {
        value = 0;
        return text.Length > 0
            && ScanLength(text, 0) == text.Length
            && double.TryParse(text, Style, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    /// <summary>Shortest text that parses back to exactly <paramref name="value"/>.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
