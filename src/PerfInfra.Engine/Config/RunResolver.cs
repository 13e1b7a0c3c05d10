using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PerfInfra.Engine.Http;
using PerfInfra.Engine.Safety;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Config;

/// <summary>
/// Combines a validated config with a profile and command-line overrides into a <see cref="ResolvedRun"/>,
/// or throws <see cref="ConfigException"/> listing every bad flag (key paths <c>--users</c>, <c>--rate</c>, …):
/// overrides may never exceed the safety caps, and the target must be on the allow-list.
/// </summary>
public static class RunResolver
{
    /// <summary>The "file" of errors in command-line flags.</summary>
    public const string CommandLine = "command line";

    /// <summary>Profile name reported for quick mode (<c>perf run --url</c>).</summary>
    public const string QuickProfile = "quick";

    public static ResolvedRun Resolve(LoadTestConfig config, RunOverrides overrides)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(overrides);
        var errors = new List<ConfigError>();
        var profileName = overrides.Profile ?? config.DefaultProfile;
        if (!config.Profiles.TryGetValue(profileName, out var profile))
        {
            errors.Add(Flag("--profile", profileName,
                $"no profile named '{profileName}' in {config.SourceFile}{NameSuggestion.Hint(profileName, config.Profiles.Keys)} (expected one of {string.Join(", ", config.Profiles.Keys)})"));
            throw new ConfigException(errors);
        }

        var allowList = new HostAllowList(config.Target.AllowHosts.Concat(overrides.AllowHosts));
        var baseUrl = overrides.Target ?? config.Target.BaseUrl;
        if (overrides.Target is { } target)
        {
            CheckTarget(target, "--target", allowList, errors);
        }

        var load = ApplyLoadOverrides(profile.Api, overrides, errors);
        CheckLimits(load, config.Safety, overrides, errors);
        if (errors.Count > 0)
        {
            throw new ConfigException(errors);
        }

        var suites = config.Suites;
        return new ResolvedRun(
            profileName,
            baseUrl,
            allowList,
            config.Safety,
            load,
            suites.Api.Scenarios,
            suites.Api.Thresholds,
            config.Target.Timeout,
            config.Target.Auth,
            profile.Athena is { } a && suites.Athena is { } athena ? new AthenaRunSettings(a.Concurrency, a.Duration, athena.QueriesDirectory, athena.Thresholds) { PricePerTerabyteUsd = athena.PricePerTerabyteUsd } : null,
            profile.Pipeline is { } p && suites.Pipeline is { } pipeline ? new PipelineRunSettings(p.Records, pipeline.Thresholds) : null,
            profile.Lambda is { } l && suites.Lambda is { } lambda ? new LambdaRunSettings(l.ColdStarts, l.WarmInvocations, lambda.Functions, lambda.Thresholds)
            {
                MemorySweepMb = l.MemorySweepMb,
                SweepInvocations = l.SweepInvocations,
            }
            : null,
            config.Sha256) with { Baseline = config.Baseline };
    }

    /// <summary>
    /// Quick mode, like hey/wrk: one GET of <paramref name="url"/>, no think time; a closed model with
    /// <paramref name="users"/> connections, or with <paramref name="rate"/> a constant arrival rate with at
    /// most <paramref name="users"/> in flight. Judged by <paramref name="thresholds"/>, or the seed's API
    /// thresholds when none are given. <paramref name="requestTimeout"/> is the config's target.timeout
    /// (the default when null).
    /// </summary>
    public static ResolvedRun ResolveQuick(
        Uri url,
        int users,
        double? rate,
        TimeSpan duration,
        IReadOnlyList<string> thresholds,
        HostAllowList allow,
        SafetyLimits limits,
        TimeSpan? requestTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(allow);
        ArgumentNullException.ThrowIfNull(limits);
        var errors = new List<ConfigError>();
        CheckTarget(url, "--url", allow, errors);
        var load = rate is { } r
            ? ApiLoadSettings.ConstantArrivalRate(r, duration, users)
            : ApiLoadSettings.Closed(users, TimeSpan.Zero, duration, TimeSpan.Zero);
        CheckLimits(load, limits, new RunOverrides(null, users, rate, duration, url, []), errors);

        var scope = new ThresholdScope(MetricCatalog.Api);
        var definitions = new List<ThresholdDefinition>();
        foreach (var text in thresholds.Count == 0 ? SeedThresholds.Api : thresholds)
        {
            if (ThresholdParser.TryParse(text, MetricCatalog.Api, out var expression, out var error))
            {
                definitions.Add(new ThresholdDefinition(scope, expression!));
            }
            else
            {
                errors.Add(Flag("--threshold", text, $"bad threshold: {error}"));
            }
        }

        if (errors.Count > 0)
        {
            throw new ConfigException(errors);
        }

        var baseUrl = new Uri(url.GetLeftPart(UriPartial.Authority) + "/");
        var step = StepDefinition.Get(url.PathAndQuery, url.PathAndQuery);
        var scenario = new ScenarioDefinition(QuickProfile, ConfigValueDefaults.ScenarioWeight, [step], ThinkTime.None);
        var identity = string.Join('\n',
            QuickProfile, url.AbsoluteUri, users.ToString(CultureInfo.InvariantCulture),
            rate?.ToString("R", CultureInfo.InvariantCulture) ?? "-", DurationParser.Format(duration),
            string.Join('\n', definitions.Select(d => ThresholdParser.Format(d.Expression))));
        return new ResolvedRun(
            QuickProfile, baseUrl, allow, limits, load, [scenario], definitions, requestTimeout ?? ConfigValueDefaults.RequestTimeout,
            null, null, null, null, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity))));
    }

    private static ApiLoadSettings ApplyLoadOverrides(ApiLoadSettings load, RunOverrides overrides, List<ConfigError> errors)
    {
        if (overrides.RatePerSecond is { } rate)
        {
            // --rate turns any profile into a constant arrival rate; keep its concurrency as the in-flight cap.
            var maxInFlight = overrides.Users ?? (load.PeakConcurrency > 0 ? load.PeakConcurrency : ConfigValueDefaults.MaxInFlight);
            return ApiLoadSettings.ConstantArrivalRate(rate, overrides.Duration ?? load.TotalDuration, maxInFlight);
        }

        if (overrides.Users is { } users)
        {
            load = load.Model == ApiLoadModel.Closed ? load with { Users = users } : load with { MaxInFlight = users };
        }

        if (overrides.Duration is { } duration)
        {
            if (load.Model == ApiLoadModel.RampingArrivalRate)
            {
                errors.Add(Flag("--duration", DurationParser.Format(duration),
                    "does not apply to a ramping_arrival_rate profile, whose length is the sum of its stages; use --rate for a constant rate, or edit the stages"));
            }
            else
            {
                load = load with { Hold = duration };
            }
        }

        return load;
    }

    private static void CheckLimits(ApiLoadSettings load, SafetyLimits limits, RunOverrides overrides, List<ConfigError> errors)
    {
        if (overrides.Users is { } users && (users < 1 || users > limits.MaxUsers))
        {
            errors.Add(Flag("--users", users.ToString(CultureInfo.InvariantCulture),
                $"expected 1 to {limits.MaxUsers} (safety.max_users)"));
        }

        if (overrides.RatePerSecond is { } rate && (!double.IsFinite(rate) || rate <= 0 || rate > limits.MaxRatePerSecond))
        {
            errors.Add(Flag("--rate", rate.ToString("R", CultureInfo.InvariantCulture) + "/s",
                $"expected a rate above 0/s and at most {RateParser.Format(limits.MaxRatePerSecond)} (safety.max_rate)"));
        }

        if (overrides.Duration is { } duration && duration <= TimeSpan.Zero)
        {
            errors.Add(Flag("--duration", duration.ToString(), "expected a duration above 0s"));
        }
        else if (load.TotalDuration > limits.MaxDuration)
        {
            errors.Add(Flag("--duration", DurationParser.Format(load.TotalDuration),
                $"the run would last {DurationParser.Format(load.TotalDuration)}, above safety.max_duration ({DurationParser.Format(limits.MaxDuration)})"));
        }

        // The profile itself was checked at load; only an override can push concurrency past the cap.
        if (overrides.Users is null && overrides.RatePerSecond is not null && load.PeakConcurrency > limits.MaxUsers)
        {
            errors.Add(Flag("--rate", null, $"the in-flight cap {load.PeakConcurrency} exceeds safety.max_users ({limits.MaxUsers}); pass --users"));
        }
    }

    private static void CheckTarget(Uri target, string flag, HostAllowList allowList, List<ConfigError> errors)
    {
        if (!target.IsAbsoluteUri || (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add(Flag(flag, target.OriginalString, "expected an absolute http(s) URL such as https://api.example.com/prod"));
            return;
        }

        if (!allowList.Allows(target))
        {
            errors.Add(Flag(flag, target.OriginalString,
                $"host '{target.Host}' is not on the allow-list ({string.Join(", ", allowList.Hosts)}); add it to target.allow_hosts in the config"));
        }
    }

    private static ConfigError Flag(string flag, string? value, string message) =>
        new(CommandLine, 0, 0, flag, value, message);
}
