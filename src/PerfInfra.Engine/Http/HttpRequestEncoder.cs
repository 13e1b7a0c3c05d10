using System.Text;

namespace PerfInfra.Engine.Http;

/// <summary>
/// Turns a step into HTTP/1.1 request bytes: request line, Host, headers, Content-Length, body. Runs once
/// per step before the load starts. Rejects anything that would let a header or path smuggle a second
/// request (CR, LF, control characters); error messages name the step and header, never a header value,
/// because values may be secrets.
/// </summary>
internal static class HttpRequestEncoder
{
    private const string Crlf = "\r\n";
    private const int DefaultHttpPort = 80;
    private const int DefaultHttpsPort = 443;
    private const char DeleteChar = '\u007f';

    public static byte[] Encode(Uri baseUrl, StepDefinition step, LoadHttpClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(step);
        var method = step.Method.Trim().ToUpperInvariant();
        if (method.Length == 0 || !method.All(IsTokenChar))
        {
            throw new ArgumentException($"Step '{step.Name}': method '{step.Method}' is not an HTTP method token (e.g. GET, POST).", nameof(step));
        }

        var target = CombinePath(baseUrl, step);
        var headers = MergeHeaders(step, options);
        var body = step.Body is null ? null : Encoding.UTF8.GetBytes(step.Body);

        var text = new StringBuilder();
        text.Append(method).Append(' ').Append(target).Append(" HTTP/1.1").Append(Crlf);
        text.Append("Host: ").Append(HostHeader(baseUrl)).Append(Crlf);
        foreach (var (name, value) in headers)
        {
            text.Append(name).Append(": ").Append(value).Append(Crlf);
        }

        if (body is not null)
        {
            if (!headers.ContainsKey("Content-Type"))
            {
                text.Append("Content-Type: ").Append(LoadHttpClientDefaults.BodyContentType).Append(Crlf);
            }

            text.Append("Content-Length: ").Append(body.Length).Append(Crlf);
        }
        else if (method is "POST" or "PUT" or "PATCH")
        {
            // Servers may answer 411 Length Required to a body-carrying method without a length.
            text.Append("Content-Length: 0").Append(Crlf);
        }

        text.Append(Crlf);
        var head = Encoding.UTF8.GetBytes(text.ToString());
        return body is null ? head : [.. head, .. body];
    }

    private static SortedDictionary<string, string> MergeHeaders(StepDefinition step, LoadHttpClientOptions options)
    {
        var merged = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["User-Agent"] = options.UserAgent,
        };
        foreach (var (name, value) in options.DefaultHeaders)
        {
            merged[name] = value;
        }

        foreach (var (name, value) in step.Headers)
        {
            merged[name] = value;
        }

        foreach (var (name, value) in merged)
        {
            if (name.Length == 0 || !name.All(IsTokenChar))
            {
                throw new ArgumentException($"Step '{step.Name}': header name '{name}' is not a valid HTTP token.", nameof(step));
            }

            if (name.Equals("Host", StringComparison.OrdinalIgnoreCase) || name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) ||
                name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"Step '{step.Name}': header '{name}' is set by the client from the target and body; remove it.", nameof(step));
            }

            if (value.Any(c => char.IsControl(c) && c != '\t'))
            {
                throw new ArgumentException($"Step '{step.Name}': the value of header '{name}' contains a control character (CR, LF, …).", nameof(step));
            }
        }

        return merged;
    }

    private static string CombinePath(Uri baseUrl, StepDefinition step)
    {
        var basePath = baseUrl.AbsolutePath.TrimEnd('/');
        var path = step.Path.StartsWith('/') ? step.Path : "/" + step.Path;
        var target = basePath + path;
        if (target.Any(c => c <= ' ' || c >= DeleteChar))
        {
            throw new ArgumentException(
                $"Step '{step.Name}': path '{step.Path}' must be ASCII without spaces or control characters; percent-encode it.", nameof(step));
        }

        return target;
    }

    private static string HostHeader(Uri baseUrl)
    {
        var host = baseUrl.HostNameType == UriHostNameType.IPv6 ? "[" + baseUrl.IdnHost.Trim('[', ']') + "]" : baseUrl.IdnHost;
        var defaultPort = baseUrl.Scheme == Uri.UriSchemeHttps ? DefaultHttpsPort : DefaultHttpPort;
        return baseUrl.Port == defaultPort ? host : host + ":" + baseUrl.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    // RFC 9110 §5.6.2 tchar.
    private static bool IsTokenChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c);
}
