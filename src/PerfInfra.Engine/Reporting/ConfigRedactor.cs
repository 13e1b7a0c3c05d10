using System.Text.RegularExpressions;

namespace PerfInfra.Engine.Reporting;

/// <summary>
/// Replaces secret values in config text before it is stored or shown: the value of any YAML key whose
/// name suggests a secret (token, password, secret, authorization, api key, cookie, credential…) and
/// any bearer/basic credential in a header line. The key stays, so a reader still sees what was set.
/// Line-based on purpose: it must also redact configs that do not parse.
/// </summary>
public static partial class ConfigRedactor
{
    public const string Mask = "***";

    public static string Redact(string configText)
    {
        var lines = configText.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = SecretKey().Replace(lines[i], m => $"{m.Groups["key"].Value}{m.Groups["sep"].Value}{Mask}");
            lines[i] = Credential().Replace(lines[i], m => $"{m.Groups["scheme"].Value} {Mask}");
        }

        return string.Join('\n', lines);
    }

    // "key: value" / "- key: value" / "key=value" where the key names a secret. Environment-variable
    // *names* (auth_env: API_TOKEN) are harmless, but masking them too costs nothing and never leaks.
    [GeneratedRegex(
        @"(?<key>^[\s\-]*[""']?[\w.\-]*(secret|token|passw(or)?d|pwd|authorization|api[_\-]?key|cookie|credential|private[_\-]?key)[\w.\-]*[""']?)(?<sep>\s*[:=]\s*)(?=\S)[^\r]*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretKey();

    [GeneratedRegex(@"(?<scheme>\b(Bearer|Basic|Token))\s+[A-Za-z0-9\-._~+/=]{8,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credential();
}
