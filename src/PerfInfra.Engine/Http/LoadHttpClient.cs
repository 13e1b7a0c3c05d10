using System.Diagnostics;
using System.Net;

namespace PerfInfra.Engine.Http;

/// <summary>
/// The load generator's HTTP/1.1 client for one target, built for generator CPU per request close to
/// wrk's: requests are encoded to bytes once (<see cref="Prepare"/>), each exchange owns one raw
/// keep-alive socket (TLS through <see cref="System.Net.Security.SslStream"/> for https), responses are
/// parsed minimally and their bodies counted and discarded in a fixed buffer, and timeouts come from one
/// shared sweep instead of a timer per request. The target must already have passed the allow-list.
/// An outcome's <see cref="HttpOutcome.SentTimestamp"/> is taken when <see cref="IHttpExchange.SendAsync"/>
/// starts, so a (re)connect is part of the latency, as a user would feel it.
/// </summary>
public sealed class LoadHttpClient : ILoadHttpClient
{
    private const int MinReceiveBufferBytes = 1024;

    private readonly IPAddress[]? literalAddresses;
    private IPAddress[]? resolvedAddresses;

    public LoadHttpClient(Uri baseUrl, LoadHttpClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(options);
        if (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttp && baseUrl.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"Target '{baseUrl}' must be an absolute http:// or https:// URL.", nameof(baseUrl));
        }

        Validate(options);
        BaseUrl = baseUrl;
        Options = options;
        IsHttps = baseUrl.Scheme == Uri.UriSchemeHttps;
        RequestTimeoutTicks = ToStopwatchTicks(options.RequestTimeout);
        ConnectTimeoutTicks = ToStopwatchTicks(options.ConnectTimeout);
        if (IPAddress.TryParse(baseUrl.IdnHost.Trim('[', ']'), out var literal))
        {
            literalAddresses = [literal];
        }

        Sweep = new RequestDeadlineSweep(TimeSpan.FromMilliseconds(Math.Clamp(
            options.RequestTimeout.TotalMilliseconds / LoadHttpClientDefaults.DeadlineSweepsPerTimeout,
            LoadHttpClientDefaults.MinDeadlineSweepMilliseconds,
            LoadHttpClientDefaults.MaxDeadlineSweepMilliseconds)));
    }

    public Uri BaseUrl { get; }

    internal LoadHttpClientOptions Options { get; }

    internal bool IsHttps { get; }

    internal long RequestTimeoutTicks { get; }

    internal long ConnectTimeoutTicks { get; }

    internal RequestDeadlineSweep Sweep { get; }

    /// <summary>Encodes the step once into the exact bytes of its HTTP/1.1 request.</summary>
    /// <exception cref="ArgumentException">The method, path or a header cannot be sent safely; the message names
    /// the step and header, never a header value.</exception>
    public PreparedRequest Prepare(StepDefinition step)
    {
        var bytes = HttpRequestEncoder.Encode(BaseUrl, step, Options);
        return new EncodedRequest(step, this, bytes, step.Method.Trim().Equals("HEAD", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A new exchange; it connects on its first request.</summary>
    public IHttpExchange OpenExchange()
    {
        var exchange = new SocketHttpExchange(this);
        Sweep.Add(exchange);
        return exchange;
    }

    public ValueTask DisposeAsync()
    {
        Sweep.Dispose();
        return ValueTask.CompletedTask;
    }

    internal EncodedRequest Own(PreparedRequest request) =>
        request is EncodedRequest encoded && ReferenceEquals(encoded.Owner, this)
            ? encoded
            : throw new ArgumentException("The request was not prepared by this client.", nameof(request));

    /// <summary>Resolves the host once per client and keeps the answer for the run: a load test should not
    /// measure DNS, and 1,000 users connecting at start should not mean 1,000 lookups.</summary>
    internal async ValueTask<IPAddress[]> ResolveAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if ((literalAddresses ?? Volatile.Read(ref resolvedAddresses)) is { } known)
        {
            return known;
        }

        // The deadline sweep cannot abort a lookup (there is no socket yet), so it gets its own limit.
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            var addresses = await Dns.GetHostAddressesAsync(BaseUrl.IdnHost, limit.Token);
            Volatile.Write(ref resolvedAddresses, addresses);
            return addresses;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException("DNS lookup of the target host timed out.");
        }
    }

    private static long ToStopwatchTicks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    private static void Validate(LoadHttpClientOptions options)
    {
        var errors = new List<string>();
        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            errors.Add($"RequestTimeout must be positive, was {options.RequestTimeout}");
        }

        if (options.ConnectTimeout <= TimeSpan.Zero)
        {
            errors.Add($"ConnectTimeout must be positive, was {options.ConnectTimeout}");
        }

        if (options.ReceiveBufferBytes < MinReceiveBufferBytes)
        {
            errors.Add($"ReceiveBufferBytes must be at least {MinReceiveBufferBytes}, was {options.ReceiveBufferBytes}");
        }

        if (options.MaxResponseHeaderBytes < options.ReceiveBufferBytes)
        {
            errors.Add($"MaxResponseHeaderBytes must be at least ReceiveBufferBytes ({options.ReceiveBufferBytes}), was {options.MaxResponseHeaderBytes}");
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid LoadHttpClientOptions: " + string.Join("; ", errors) + ".", nameof(options));
        }
    }
}
