using System.Text.RegularExpressions;
using PerfInfra.Engine.Config.Schema;
using PerfInfra.Engine.Config.Yaml;
using PerfInfra.Engine.Http;
using PerfInfra.Engine.Load;
using PerfInfra.Engine.Reporting.Baseline;
using PerfInfra.Engine.Safety;

namespace PerfInfra.Engine.Config.Loading;

/// <summary>
/// Maps the YAML tree onto the typed config by hand (no reflection: the engine stays Native-AOT
/// friendly), validating as it goes. Every error is collected; the result is null when any occurred.
/// This part reads the root, the target, the safety caps and the profiles.
/// </summary>
internal sealed partial class LoadTestConfigMapper
{
    private const string DefaultAuthHeader = "Authorization";

    private readonly ValueReader _values;
    private readonly ConfigDiagnostics _diagnostics;

    private LoadTestConfigMapper(ConfigDiagnostics diagnostics)
    {
        _diagnostics = diagnostics;
        _values = new ValueReader(diagnostics);
    }

    public static LoadTestConfig? Map(YamlMapping root, string sourceFile, string sha256, ConfigDiagnostics diagnostics) =>
        new LoadTestConfigMapper(diagnostics).MapRoot(root, sourceFile, sha256);

    private LoadTestConfig? MapRoot(YamlMapping root, string sourceFile, string sha256)
    {
        if (MappingReader.Open(root, ConfigSchema.Root, string.Empty, root, _diagnostics) is not { } map)
        {
            return null;
        }

        var version = ReadVersion(map);
        var safety = map["safety"] is { } safetyNode ? ReadSafety(safetyNode, map.PathOf("safety"), map.Entry("safety")!.Key) : SafetyLimits.Default;
        var target = map["target"] is { } targetNode ? ReadTarget(targetNode, map.PathOf("target"), map.Entry("target")!.Key) : null;
        var declaredProfiles = new List<string>();
        var profiles = map["profiles"] is { } profilesNode ? ReadProfiles(profilesNode, map.PathOf("profiles"), safety, declaredProfiles) : null;
        var defaultProfile = _values.Text(map, "default_profile");

        // Judged against the declared names, so a profile with its own errors does not also fail this check.
        if (defaultProfile is not null && profiles is not null && !declaredProfiles.Contains(defaultProfile))
        {
            _diagnostics.Add(map["default_profile"]!, "default_profile",
                $"no profile named '{defaultProfile}'{NameSuggestion.Hint(defaultProfile, declaredProfiles)} (expected one of {string.Join(", ", declaredProfiles)})",
                defaultProfile);
        }

        var suites = map["suites"] is { } suitesNode ? ReadSuites(suitesNode, map.PathOf("suites"), map.Entry("suites")!.Key) : null;
        var baseline = map["baseline"] is { } baselineNode ? ReadBaseline(baselineNode, map.PathOf("baseline"), map.Entry("baseline")!.Key) : null;
        if (_diagnostics.HasErrors || version is null || target is null || profiles is null || defaultProfile is null || suites is null)
        {
            return null;
        }

        return new LoadTestConfig(version.Value, defaultProfile, target, safety, profiles, suites, sourceFile, sha256) { Baseline = baseline };
    }

    private BaselineOptions? ReadBaseline(YamlNode node, string path, YamlNode owner)
    {
        if (MappingReader.Open(node, ConfigSchema.Baseline, path, owner, _diagnostics) is not { } map)
        {
            return null;
        }

        var tolerances = RegressionTolerances.Default;
        if (map["tolerances"] is { } tolerancesNode
            && MappingReader.Open(tolerancesNode, ConfigSchema.BaselineTolerances, map.PathOf("tolerances"), map.Entry("tolerances")!.Key, _diagnostics) is { } t)
        {
            tolerances = new RegressionTolerances(
                _values.Number(t, "latency_percent") ?? RegressionDefaults.LatencyIncreasePercent,
                _values.Number(t, "error_rate_points") ?? RegressionDefaults.ErrorRateIncreasePoints,
                _values.Number(t, "rps_percent") ?? RegressionDefaults.RpsDecreasePercent);
        }

        // Read every key before deciding, so each bad value is reported, not only the first.
        var reportPath = _values.Text(map, "path");
        var gate = _values.Boolean(map, "gate") ?? false;
        return reportPath is null ? null : new BaselineOptions(reportPath, gate, tolerances);
    }

    private int? ReadVersion(MappingReader map)
    {
        if (map["version"] is not { } node)
        {
            return null;
        }

        var version = _values.Integer(node, "version", new ScalarShape(ScalarKind.Integer, string.Empty));
        if (version is { } v && v != ConfigValueDefaults.SupportedVersion)
        {
            _diagnostics.Add(node, "version", $"unsupported config version; this engine reads version {ConfigValueDefaults.SupportedVersion}", ConfigDiagnostics.ValueOf(node));
            return null;
        }

        return version;
    }

    private SafetyLimits ReadSafety(YamlNode node, string path, YamlNode owner)
    {
        if (MappingReader.Open(node, ConfigSchema.Safety, path, owner, _diagnostics) is not { } map)
        {
            return SafetyLimits.Default;
        }

        var users = _values.Integer(map, "max_users") ?? SafetyDefaults.MaxUsers;
        var rate = _values.Rate(map, "max_rate") ?? SafetyDefaults.MaxRatePerSecond;
        if (rate > SafetyDefaults.MaxRatePerSecond || rate <= 0)
        {
            _diagnostics.Add(map["max_rate"]!, map.PathOf("max_rate"),
                $"out of range; expected a rate above 0/s and at most {RateParser.Format(SafetyDefaults.MaxRatePerSecond)}, the engine's ceiling", ConfigDiagnostics.ValueOf(map["max_rate"]!));
            rate = SafetyDefaults.MaxRatePerSecond;
        }

        var duration = _values.Duration(map, "max_duration") ?? SafetyDefaults.MaxDuration;
        if (duration > SafetyDefaults.MaxDuration || duration <= TimeSpan.Zero)
        {
            _diagnostics.Add(map["max_duration"]!, map.PathOf("max_duration"),
                $"out of range; expected a duration above 0s and at most {DurationParser.Format(SafetyDefaults.MaxDuration)}, the engine's ceiling", ConfigDiagnostics.ValueOf(map["max_duration"]!));
            duration = SafetyDefaults.MaxDuration;
        }

        return new SafetyLimits(users, rate, duration);
    }

    private TargetConfig? ReadTarget(YamlNode node, string path, YamlNode owner)
    {
        if (MappingReader.Open(node, ConfigSchema.Target, path, owner, _diagnostics) is not { } map)
        {
            return null;
        }

        var hosts = map["allow_hosts"] is { } hostsNode ? ReadHosts(hostsNode, map.PathOf("allow_hosts")) : null;
        var (baseUrlRead, baseUrl) = map["base_url"] is { } urlNode ? ReadBaseUrl(urlNode, map.PathOf("base_url")) : (false, null);
        if (baseUrlRead && hosts is not null)
        {
            var allowList = new HostAllowList(hosts);
            var probe = baseUrl ?? new Uri(ConfigValueDefaults.DemoProbeUrl);
            if (!allowList.Allows(probe))
            {
                _diagnostics.Add(map["base_url"]!, map.PathOf("base_url"),
                    baseUrl is null
                        ? $"the demo platform listens on {probe.Host}, which is not in target.allow_hosts; add it"
                        : $"host '{probe.Host}' is not in target.allow_hosts ({string.Join(", ", hosts)}); add it there to allow traffic to it",
                    ConfigDiagnostics.ValueOf(map["base_url"]!));
            }
        }

        var timeout = _values.Duration(map, "timeout") ?? ConfigValueDefaults.RequestTimeout;
        if (timeout <= TimeSpan.Zero && map["timeout"] is { } timeoutNode)
        {
            _diagnostics.Add(timeoutNode, map.PathOf("timeout"), "a request timeout must be above 0s", ConfigDiagnostics.ValueOf(timeoutNode));
        }

        var auth = map["auth"] is { } authNode ? ReadAuth(authNode, map.PathOf("auth"), map.Entry("auth")!.Key) : null;
        return hosts is null || !baseUrlRead ? null : new TargetConfig(baseUrl, hosts, timeout, auth);
    }

    /// <summary>Returns (read, url): url null with read true means the demo platform.</summary>
    private (bool Read, Uri? Url) ReadBaseUrl(YamlNode node, string path)
    {
        const string Expected = "\"demo\" or an absolute http(s) URL such as https://api.example.com/prod";
        if (_values.Scalar(node, path, Expected) is not { } scalar)
        {
            return (false, null);
        }

        if (scalar.Value == ConfigSchema.DemoTarget)
        {
            return (true, null);
        }

        if (!Uri.TryCreate(scalar.Value, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.Host.Length == 0)
        {
            _diagnostics.Add(node, path, $"not a base URL; expected {Expected}", scalar.Value);
            return (false, null);
        }

        if (uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            // The value shown back has its credentials cut: the error goes to the terminal and CI logs.
            _diagnostics.Add(node, path, "a base URL has no query, fragment or credentials; put queries in step paths and secrets in target.auth",
                uri.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.UserInfo, UriFormat.UriEscaped));
            return (false, null);
        }

        return (true, uri);
    }

    /// <summary>Distinct sizes within Lambda's limits; the shape's bounds name the accepted range.</summary>
    private List<int> ReadMemorySweep(YamlNode node, string path)
    {
        var sizes = new List<int>();
        if (node is not YamlSequence list || list.Items.Count < 2 || list.Items.Count > MemorySweepDefaults.MaxSizes)
        {
            _diagnostics.Add(node, path, $"expected a list of 2 to {MemorySweepDefaults.MaxSizes} memory sizes in MB, e.g. [256, 512, 1024, 2048]; got {node.Describe()}", ConfigDiagnostics.ValueOf(node));
            return sizes;
        }

        var shape = (ScalarShape)((ListShape)ConfigSchema.LambdaProfile.Find("memory_sweep")!.Shape).Items;
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (_values.Integer(list.Items[i], $"{path}[{i}]", shape) is not { } size)
            {
                continue;
            }

            if (sizes.Contains(size))
            {
                _diagnostics.Add(list.Items[i], $"{path}[{i}]", $"{size} MB is listed twice; each size is measured once", size.ToString(System.Globalization.CultureInfo.InvariantCulture));
                continue;
            }

            sizes.Add(size);
        }

        return sizes;
    }

    private List<string>? ReadHosts(YamlNode node, string path)
    {
        if (node is not YamlSequence list || list.Items.Count == 0)
        {
            _diagnostics.Add(node, path, $"expected a non-empty list of host names such as [127.0.0.1, localhost, \"::1\"]; got {node.Describe()}", ConfigDiagnostics.ValueOf(node));
            return null;
        }

        var hosts = new List<string>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (_values.Scalar(list.Items[i], itemPath, "a host name") is not { } scalar)
            {
                continue;
            }

            var host = scalar.Value.Trim();
            if (host.Length == 0 || host.Contains('/', StringComparison.Ordinal) || host.Contains('*', StringComparison.Ordinal)
                || host.Any(char.IsWhiteSpace) || IsHostWithPort(host))
            {
                _diagnostics.Add(list.Items[i], itemPath,
                    "expected a bare host name or IP address (no scheme, port, path or wildcard), e.g. api.example.com", scalar.Value);
                continue;
            }

            hosts.Add(host);
        }

        return hosts;
    }

    // "localhost:8080" has a port; "::1" and "[::1]" are IPv6 addresses, not ports.
    private static bool IsHostWithPort(string host) =>
        host.Count(c => c == ':') == 1 || (host.StartsWith('[') && host.Contains("]:", StringComparison.Ordinal));

    private AuthHeaderSource? ReadAuth(YamlNode node, string path, YamlNode owner)
    {
        if (MappingReader.Open(node, ConfigSchema.Auth, path, owner, _diagnostics) is not { } map)
        {
            return null;
        }

        var header = _values.Text(map, "header") ?? DefaultAuthHeader;
        var prefix = _values.Text(map, "prefix") ?? string.Empty;
        var fromEnv = _values.Text(map, "from_env");
        var fromFile = _values.Text(map, "from_file");
        if ((fromEnv is null) == (fromFile is null))
        {
            _diagnostics.Add(owner, path, "auth needs exactly one of from_env (an environment variable) or from_file (a file path); the secret is never written in the config");
            return null;
        }

        if (!Regex.IsMatch(header, ConfigSchema.HeaderNamePattern))
        {
            _diagnostics.Add(map["header"]!, map.PathOf("header"), "not a valid HTTP header name; expected e.g. Authorization or X-Api-Key", header);
        }

        return new AuthHeaderSource(header, fromEnv, fromFile, prefix);
    }

    private Dictionary<string, ProfileConfig>? ReadProfiles(YamlNode node, string path, SafetyLimits safety, List<string> declared)
    {
        if (node is not YamlMapping mapping || mapping.Entries.Count == 0)
        {
            _diagnostics.Add(node, path, $"expected a mapping of profile names to sizes, e.g. full: and local:; got {node.Describe()}", ConfigDiagnostics.ValueOf(node));
            return null;
        }

        var profiles = new Dictionary<string, ProfileConfig>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Entries.Select(e => (e.Key, e.Value)))
        {
            var name = key.Value;
            var profilePath = MappingReader.Join(path, name);
            if (!Regex.IsMatch(name, ConfigSchema.ProfileNamePattern))
            {
                _diagnostics.Add(key, profilePath, "a profile name is lower-case letters, digits, '_' and '-', starting with a letter", name);
                continue;
            }

            if (declared.Contains(name))
            {
                _diagnostics.Add(key, profilePath, $"duplicate profile '{name}'; keep one");
                continue;
            }

            declared.Add(name);
            if (ReadProfile(name, value, profilePath, key, safety) is { } profile)
            {
                profiles.Add(name, profile);
            }
        }

        return profiles;
    }

    private ProfileConfig? ReadProfile(string name, YamlNode node, string path, YamlNode owner, SafetyLimits safety)
    {
        if (MappingReader.Open(node, ConfigSchema.Profile, path, owner, _diagnostics) is not { } map)
        {
            return null;
        }

        var api = map["api"] is { } apiNode ? ReadApiLoad(apiNode, map.PathOf("api"), map.Entry("api")!.Key, safety) : null;
        AthenaLoadSettings? athena = null;
        if (map["athena"] is { } athenaNode
            && MappingReader.Open(athenaNode, ConfigSchema.AthenaProfile, map.PathOf("athena"), map.Entry("athena")!.Key, _diagnostics) is { } athenaMap)
        {
            var concurrency = _values.Integer(athenaMap, "concurrency");
            var duration = _values.Duration(athenaMap, "duration");
            CheckDuration(athenaMap, "duration", duration, safety);
            athena = concurrency is { } c && duration is { } d ? new AthenaLoadSettings(c, d) : null;
        }

        PipelineLoadSettings? pipeline = null;
        if (map["pipeline"] is { } pipelineNode
            && MappingReader.Open(pipelineNode, ConfigSchema.PipelineProfile, map.PathOf("pipeline"), map.Entry("pipeline")!.Key, _diagnostics) is { } pipelineMap
            && _values.Integer(pipelineMap, "records") is { } records)
        {
            pipeline = new PipelineLoadSettings(records);
        }

        LambdaLoadSettings? lambda = null;
        if (map["lambda"] is { } lambdaNode
            && MappingReader.Open(lambdaNode, ConfigSchema.LambdaProfile, map.PathOf("lambda"), map.Entry("lambda")!.Key, _diagnostics) is { } lambdaMap)
        {
            var cold = _values.Integer(lambdaMap, "cold_starts");
            var warm = _values.Integer(lambdaMap, "warm_invocations");
            var sweep = lambdaMap["memory_sweep"] is { } sweepNode ? ReadMemorySweep(sweepNode, lambdaMap.PathOf("memory_sweep")) : [];
            var sweepInvocations = _values.Integer(lambdaMap, "sweep_invocations") ?? MemorySweepDefaults.Invocations;
            lambda = cold is { } c && warm is { } w
                ? new LambdaLoadSettings(c, w) { MemorySweepMb = sweep, SweepInvocations = sweepInvocations }
                : null;
        }

        return api is null ? null : new ProfileConfig(name, api, athena, pipeline, lambda);
    }

    private ApiLoadSettings? ReadApiLoad(YamlNode node, string path, YamlNode owner, SafetyLimits safety)
    {
        if (MappingReader.Open(node, ConfigSchema.ApiProfile, path, owner, _diagnostics) is not { } map)
        {
            return null;
        }

        if (_values.Text(map, "model") is not { } model)
        {
            return null;
        }

        var allowed = ConfigSchema.ModelKeys[model];
        var keysOk = true;
        foreach (var key in map.PresentKeys.Where(k => !allowed.Contains(k)))
        {
            _diagnostics.Add(map.Entry(key)!.Key, map.PathOf(key),
                $"'{key}' does not apply to model '{model}'; it takes {string.Join(", ", allowed.Skip(1))}");
            keysOk = false;
        }

        foreach (var key in ConfigSchema.ModelRequiredKeys[model].Where(k => map[k] is null))
        {
            _diagnostics.Add(owner, map.PathOf(key), $"model '{model}' needs '{key}': {map.ShapeOf(key).Description}");
            keysOk = false;
        }

        var settings = model switch
        {
            ConfigSchema.ModelClosed => ReadClosed(map),
            ConfigSchema.ModelConstantArrivalRate => ReadConstantRate(map),
            _ => ReadRampingRate(map),
        };
        if (!keysOk || settings is null)
        {
            return null;
        }

        CheckAgainstSafety(map, owner, settings, safety);
        return settings;
    }

    private ApiLoadSettings? ReadClosed(MappingReader map)
    {
        var users = _values.Integer(map, "users");
        var rampUp = _values.Duration(map, "ramp_up") ?? TimeSpan.Zero;
        var hold = _values.Duration(map, "duration");
        var rampDown = _values.Duration(map, "ramp_down") ?? TimeSpan.Zero;
        CheckPositive(map, "duration", hold);
        return users is { } u && hold is { } h ? ApiLoadSettings.Closed(u, rampUp, h, rampDown) : null;
    }

    private ApiLoadSettings? ReadConstantRate(MappingReader map)
    {
        var rate = _values.Rate(map, "rate");
        var duration = _values.Duration(map, "duration");
        var maxInFlight = _values.Integer(map, "max_in_flight") ?? ConfigValueDefaults.MaxInFlight;
        CheckPositive(map, "duration", duration);
        if (rate is 0 && map["rate"] is { } rateNode)
        {
            _diagnostics.Add(rateNode, map.PathOf("rate"), "a constant arrival rate must be above 0/s", ConfigDiagnostics.ValueOf(rateNode));
            return null;
        }

        return rate is { } r && duration is { } d ? ApiLoadSettings.ConstantArrivalRate(r, d, maxInFlight) : null;
    }

    private ApiLoadSettings? ReadRampingRate(MappingReader map)
    {
        var startRate = _values.Rate(map, "start_rate") ?? 0;
        var maxInFlight = _values.Integer(map, "max_in_flight") ?? ConfigValueDefaults.MaxInFlight;
        if (map["stages"] is not { } stagesNode)
        {
            return null;
        }

        var stagesPath = map.PathOf("stages");
        if (stagesNode is not YamlSequence list || list.Items.Count == 0)
        {
            _diagnostics.Add(stagesNode, stagesPath, $"expected a non-empty list of stages such as [{{ duration: 1m, target: 200/s }}]; got {stagesNode.Describe()}", ConfigDiagnostics.ValueOf(stagesNode));
            return null;
        }

        var stages = new List<LoadStage>();
        var ok = true;
        for (var i = 0; i < list.Items.Count; i++)
        {
            var stagePath = $"{stagesPath}[{i}]";
            if (MappingReader.Open(list.Items[i], ConfigSchema.Stage, stagePath, list.Items[i], _diagnostics) is not { } stage)
            {
                ok = false;
                continue;
            }

            var duration = _values.Duration(stage, "duration");
            var target = _values.Rate(stage, "target");
            CheckPositive(stage, "duration", duration);
            if (duration is { } d && target is { } t)
            {
                stages.Add(new LoadStage(d, t));
            }
            else
            {
                ok = false;
            }
        }

        return ok ? ApiLoadSettings.RampingArrivalRate(startRate, stages, maxInFlight) : null;
    }

    private void CheckAgainstSafety(MappingReader map, YamlNode owner, ApiLoadSettings settings, SafetyLimits safety)
    {
        var concurrencyKey = settings.IsOpen ? "max_in_flight" : "users";
        if (settings.PeakConcurrency > safety.MaxUsers)
        {
            var node = (YamlNode?)map[concurrencyKey] ?? owner;
            _diagnostics.Add(node, map.PathOf(concurrencyKey),
                $"{settings.PeakConcurrency} exceeds safety.max_users ({safety.MaxUsers}); lower it or raise safety.max_users (ceiling {SafetyDefaults.MaxUsers})",
                ConfigDiagnostics.ValueOf(node));
        }

        if (settings.PeakRatePerSecond is { } rate && rate > safety.MaxRatePerSecond)
        {
            var key = settings.Model == ApiLoadModel.ConstantArrivalRate ? "rate" : "stages";
            _diagnostics.Add(map[key] ?? owner, map.PathOf(key),
                $"peak rate {RateParser.Format(rate)} exceeds safety.max_rate ({RateParser.Format(safety.MaxRatePerSecond)})");
        }

        if (settings.TotalDuration > safety.MaxDuration)
        {
            _diagnostics.Add(owner, map.Path,
                $"total duration {DurationParser.Format(settings.TotalDuration)} exceeds safety.max_duration ({DurationParser.Format(safety.MaxDuration)})");
        }
    }

    private void CheckDuration(MappingReader map, string key, TimeSpan? duration, SafetyLimits safety)
    {
        CheckPositive(map, key, duration);
        if (duration > safety.MaxDuration)
        {
            _diagnostics.Add(map[key]!, map.PathOf(key),
                $"exceeds safety.max_duration ({DurationParser.Format(safety.MaxDuration)})", ConfigDiagnostics.ValueOf(map[key]!));
        }
    }

    private void CheckPositive(MappingReader map, string key, TimeSpan? duration)
    {
        if (duration == TimeSpan.Zero)
        {
            _diagnostics.Add(map[key]!, map.PathOf(key), "must be above 0s", ConfigDiagnostics.ValueOf(map[key]!));
        }
    }
}
