using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PerfInfra.Engine.Suites.Lambda;

/// <summary>
/// Reads Lambda <c>REPORT</c> lines and the base64 <c>LogResult</c> of an Invoke with
/// <c>LogType: Tail</c> (the last 4 KB of the invocation's log). Tolerant of field order, of tabs or
/// spaces between fields and of fields it does not use (XRAY TraceId, SegmentId, Sampled, Billed
/// Restore Duration); strict on the numbers it uses: a missing, repeated or malformed field, or a wrong
/// unit, is a <see cref="FormatException"/> naming the field, its value and what would be accepted.
/// </summary>
public static partial class LambdaReportParser
{
    public const string Prefix = "REPORT ";

    private const string RequestIdField = "RequestId";
    private const string DurationField = "Duration";
    private const string BilledDurationField = "Billed Duration";
    private const string MemorySizeField = "Memory Size";
    private const string MaxMemoryUsedField = "Max Memory Used";
    private const string InitDurationField = "Init Duration";
    private const string RestoreDurationField = "Restore Duration";
    private const string Milliseconds = "ms";
    private const string Megabytes = "MB";

    /// <summary>Parses one REPORT line (the leading <c>REPORT </c> is required).</summary>
    /// <exception cref="FormatException">The line is not a REPORT line, or a field it needs is missing or malformed.</exception>
    public static LambdaReportLine Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        if (!text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new FormatException($"not a Lambda REPORT line (it must start with '{Prefix.Trim()}'): '{Shorten(text)}'");
        }

        var fields = new Dictionary<string, (string Value, string? Unit)>(StringComparer.Ordinal);
        foreach (Match match in FieldPattern().Matches(text[Prefix.Length..]))
        {
            var key = match.Groups["key"].Value;
            var unit = match.Groups["unit"].Success ? match.Groups["unit"].Value : null;
            if (!fields.TryAdd(key, (match.Groups["value"].Value, unit)))
            {
                throw new FormatException($"REPORT line: field '{key}' appears twice in '{Shorten(text)}'");
            }
        }

        var requestId = fields.TryGetValue(RequestIdField, out var id)
            ? id.Value
            : throw new FormatException($"REPORT line: field '{RequestIdField}' is missing in '{Shorten(text)}'");
        return new LambdaReportLine(
            requestId,
            Number(fields, DurationField, Milliseconds, text) ?? throw Missing(DurationField, text),
            Number(fields, BilledDurationField, Milliseconds, text) ?? throw Missing(BilledDurationField, text),
            WholeNumber(fields, MemorySizeField, text) ?? throw Missing(MemorySizeField, text),
            WholeNumber(fields, MaxMemoryUsedField, text) ?? throw Missing(MaxMemoryUsedField, text),
            Number(fields, InitDurationField, Milliseconds, text),
            Number(fields, RestoreDurationField, Milliseconds, text));
    }

    /// <summary>
    /// The REPORT line of an Invoke's <c>LogResult</c> (base64 of the log's last 4 KB). The tail may
    /// begin mid-line; the REPORT line is the last line Lambda writes for an invocation, so the last one wins.
    /// </summary>
    /// <exception cref="FormatException">Not base64, or the tail holds no REPORT line, or the line is malformed.</exception>
    public static LambdaReportLine ParseLogResult(string logResultBase64)
    {
        ArgumentNullException.ThrowIfNull(logResultBase64);
        string log;
        try
        {
            log = Encoding.UTF8.GetString(Convert.FromBase64String(logResultBase64));
        }
        catch (FormatException e)
        {
            throw new FormatException($"LogResult is not base64 (Invoke with LogType Tail returns the log's last 4 KB in base64): '{Shorten(logResultBase64)}'", e);
        }

        return FindReportLine(log);
    }

    /// <summary>The last REPORT line of a log text.</summary>
    /// <exception cref="FormatException">The text has no REPORT line, or it is malformed.</exception>
    public static LambdaReportLine FindReportLine(string log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var line = log.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal))
            ?? throw new FormatException($"the log has no REPORT line (was the function invoked with LogType Tail?): '{Shorten(log)}'");
        return Parse(line);
    }

    private static double? Number(Dictionary<string, (string Value, string? Unit)> fields, string key, string unit, string line)
    {
        if (!fields.TryGetValue(key, out var field))
        {
            return null;
        }

        if (field.Unit != unit)
        {
            throw new FormatException($"REPORT line: field '{key}' has unit '{field.Unit ?? "(none)"}'; expected '{key}: <number> {unit}' in '{Shorten(line)}'");
        }

        if (!double.TryParse(field.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new FormatException($"REPORT line: field '{key}' has value '{field.Value}', which is not a non-negative number (e.g. '{key}: 12.34 {unit}') in '{Shorten(line)}'");
        }

        return value;
    }

    private static int? WholeNumber(Dictionary<string, (string Value, string? Unit)> fields, string key, string line)
    {
        if (!fields.TryGetValue(key, out var field))
        {
            return null;
        }

        if (field.Unit != Megabytes)
        {
            throw new FormatException($"REPORT line: field '{key}' has unit '{field.Unit ?? "(none)"}'; expected '{key}: <whole number> {Megabytes}' in '{Shorten(line)}'");
        }

        if (!int.TryParse(field.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"REPORT line: field '{key}' has value '{field.Value}', which is not a whole number of {Megabytes} (e.g. '{key}: 512 {Megabytes}') in '{Shorten(line)}'");
        }

        return value;
    }

    private static FormatException Missing(string key, string line) =>
        new($"REPORT line: field '{key}' is missing in '{Shorten(line)}'");

    private static string Shorten(string text)
    {
        const int MaxShown = 300;
        return text.Length <= MaxShown ? text : text[..MaxShown] + "…";
    }

    // "Key Words: value [ms|MB]": keys are capitalised words (XRAY, TraceId, Max Memory Used); a value
    // is one token; the unit, when present, is consumed with its field so it never starts the next key.
    [GeneratedRegex(@"(?<key>[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)*):[ \t]*(?<value>[^ \t]+)(?:[ \t]+(?<unit>ms|MB)(?![A-Za-z]))?", RegexOptions.CultureInvariant)]
    private static partial Regex FieldPattern();
}
