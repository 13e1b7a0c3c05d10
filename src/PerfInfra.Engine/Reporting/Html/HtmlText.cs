using System.Net;

namespace PerfInfra.Engine.Reporting.Html;

/// <summary>
/// Every piece of report data (scenario names, expressions, config text) is user input: it is encoded
/// here before it reaches the page, so a name like <c>&lt;script&gt;</c> shows as text and never runs.
/// </summary>
internal static class HtmlText
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>For attribute values, which are always written double-quoted.</summary>
    public static string Attribute(string? text) => Encode(text);
}
