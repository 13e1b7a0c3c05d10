using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PerfInfra.DemoPlatform.Caching;
using PerfInfra.DemoPlatform.Carts;
using PerfInfra.DemoPlatform.Catalog;
using PerfInfra.DemoPlatform.Endpoints;
using PerfInfra.DemoPlatform.Faults;
using PerfInfra.DemoPlatform.Latency;

namespace PerfInfra.DemoPlatform;

/// <summary>
/// The demo e-commerce API, running on Kestrel on 127.0.0.1 only. It is built on an empty host: no
/// appsettings, no environment variables (so <c>ASPNETCORE_URLS</c> can never widen the binding), and no
/// console logging (the CLI's progress line owns the terminal).
/// </summary>
public sealed class DemoPlatformHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _stopped;

    private DemoPlatformHost(WebApplication app, Uri baseUrl, DemoPlatformSwitches switches, DemoPlatformOptions options)
    {
        _app = app;
        BaseUrl = baseUrl;
        Switches = switches;
        Options = options;
    }

    /// <summary>Where the platform listens, e.g. <c>http://127.0.0.1:54321/</c> (the real port when 0 was asked for).</summary>
    public Uri BaseUrl { get; }

    /// <summary>Runtime switches: cache, failure injection, stalls, aborts, latency scale.</summary>
    public DemoPlatformSwitches Switches { get; }

    public DemoPlatformOptions Options { get; }

    /// <summary>
    /// Starts the platform and returns once it accepts connections. Throws <see cref="ArgumentException"/>
    /// listing every invalid option.
    /// </summary>
    public static Task<DemoPlatformHost> StartAsync(DemoPlatformOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        return StartAsync(options, DemoPlatformDependencies.CreateDefault(options), ct);
    }

    internal static async Task<DemoPlatformHost> StartAsync(DemoPlatformOptions options, DemoPlatformDependencies dependencies, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid demo platform options: " + string.Join(" ", errors), nameof(options));
        }

        var switches = new DemoPlatformSwitches(options.InitialSwitches);
        var app = BuildApplication(options, switches, dependencies);
        try
        {
            await app.StartAsync(ct);
            return new DemoPlatformHost(app, ReadBaseUrl(app), switches, options);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops accepting connections and lets in-flight requests finish (up to a few seconds). Idempotent.</summary>
    public Task StopAsync(CancellationToken ct) =>
        Interlocked.Exchange(ref _stopped, 1) == 0 ? _app.StopAsync(ct) : Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private static WebApplication BuildApplication(DemoPlatformOptions options, DemoPlatformSwitches switches, DemoPlatformDependencies dependencies)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        ConfigureLogging(builder.Logging, options.LoggerProvider);
        builder.Services.AddRoutingCore();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(DemoPlatformDefaults.ShutdownTimeoutSeconds));
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = DemoPlatformDefaults.MaxRequestBodyBytes;

            // Loopback only, by construction: this is a test target, never a service for the network.
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });

        var app = builder.Build();
        var (timeProvider, random) = dependencies;
        var catalog = new ProductCatalog(options.ProductCount, options.RandomSeed);
        var carts = new CartStore(options.MaxCarts);
        var cache = new ResponseCache(timeProvider, DemoPlatformDefaults.MaxCacheEntries);
        switches.CacheDisabled += cache.Clear;
        var latency = new LatencySimulator(options.LatencyProfile, switches, random, timeProvider);
        var responder = new CachedJsonResponder(cache, switches, latency);

        var faults = new FaultInjectionMiddleware(
            switches,
            [new AbortFault(random), new FailureStatusFault(random), new StallFault(timeProvider)]);
        app.Use(faults.InvokeAsync);

        new HealthEndpoints().Map(app);
        new AdminEndpoints(switches).Map(app);
        new ProductEndpoints(catalog, responder).Map(app);
        new SearchEndpoints(catalog, responder).Map(app);
        new AuthEndpoints(latency, random).Map(app);
        new CartEndpoints(catalog, carts, latency).Map(app);
        new CheckoutEndpoints(catalog, carts, latency).Map(app);
        return app;
    }

    private static void ConfigureLogging(ILoggingBuilder logging, ILoggerProvider? provider)
    {
        logging.ClearProviders();
        logging.SetMinimumLevel(LogLevel.Warning);
        if (provider is not null)
        {
            logging.AddProvider(provider);
        }
    }

    private static Uri ReadBaseUrl(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no listening address.");
        var address = addresses.Single();
        return new Uri(address.EndsWith('/') ? address : address + "/");
    }
}
