using PerfInfra.Engine.Safety;

namespace PerfInfra.Engine.Config.Schema;

/// <summary>
/// Every key of load-test-config.yaml with its shape and description. The loader refuses keys not
/// listed here and <see cref="ConfigJsonSchema"/> is generated from it.
/// </summary>
internal static class ConfigSchema
{
    public const string ProfileNamePattern = "^[a-z][a-z0-9_-]*$";
    public const string HeaderNamePattern = "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$";
    public const string QueryClassPattern = "^[a-z][a-z0-9_-]*$";
    public const string DemoTarget = "demo";

    public const string ModelClosed = "closed";
    public const string ModelConstantArrivalRate = "constant_arrival_rate";
    public const string ModelRampingArrivalRate = "ramping_arrival_rate";

    public static IReadOnlyList<string> Models { get; } = [ModelClosed, ModelConstantArrivalRate, ModelRampingArrivalRate];

    /// <summary>Step keys that are an HTTP method and take the path as their value (<c>get: /api/products</c>).</summary>
    public static IReadOnlyList<string> MethodKeys { get; } = ["get", "post", "put", "patch", "delete"];

    public static IReadOnlyList<string> Methods { get; } = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

    private const int MinStatusCode = 100;
    private const int MaxStatusCode = 599;

    public static ScalarShape StatusCode { get; } = new(ScalarKind.Integer, "A status code.", MinStatusCode, MaxStatusCode);

    private static readonly ScalarShape Duration = new(ScalarKind.Duration, "A duration: 250ms, 30s, 5m, 1h30m.");
    private static readonly ScalarShape Rate = new(ScalarKind.Rate, "A rate: 2000/s, 120/m.");
    private static readonly ScalarShape ThinkTime = new(ScalarKind.ThinkTime, "A pause between steps: a duration (2s) or a uniform range (1s..3s).");
    private static readonly ScalarShape Name = new(ScalarKind.Text, "A name shown in reports.");

    public static MapShape ThresholdMap { get; } = new(
        "A threshold with options.",
        [
            new("expr", new ScalarShape(ScalarKind.Threshold, "The expression, e.g. p95 < 1s."), Required: true),
            new("abort_on_fail", new ScalarShape(ScalarKind.Boolean, "Stop the run as soon as this threshold fails.")),
            new("grace", new ScalarShape(ScalarKind.Duration, "With abort_on_fail: do not abort before this much time has passed (ramp-up noise).")),
        ]);

    public static ListShape Thresholds { get; } = new(
        "k6-style thresholds: avg < 500ms, p(95) < 1s, p99.9 <= 2s, error_rate < 1%, rps > 1000, <series>.<aggregation> < value.",
        new ChoiceShape("A threshold expression, or a map with expr, abort_on_fail and grace.",
            [new ScalarShape(ScalarKind.Threshold, "A threshold expression such as p95 < 1000ms."), ThresholdMap]));

    public static MapShape Auth { get; } = new(
        "The auth header. Its secret comes from an environment variable or a file, never from this file, and is never printed.",
        [
            new("header", new ScalarShape(ScalarKind.Text, "Header name; default Authorization.")),
            new("prefix", new ScalarShape(ScalarKind.Text, "Text before the secret, e.g. \"Bearer \".")),
            new("from_env", new ScalarShape(ScalarKind.Text, "Environment variable holding the secret.")),
            new("from_file", new ScalarShape(ScalarKind.Text, "File holding the secret (trailing newline ignored).")),
        ]);

    public static MapShape Target { get; } = new(
        "Where the API suite sends traffic.",
        [
            new("base_url", new ScalarShape(ScalarKind.BaseUrl, "\"demo\" for the built-in demo platform on a free loopback port, or an http(s) base URL."), Required: true),
            new("allow_hosts", new ListShape("Hosts a run may send traffic to (exact match); the base URL's host must be here.",
                new ScalarShape(ScalarKind.Host, "A host name or IP address, no scheme or port."), MinItems: 1), Required: true),
            new("timeout", Duration with { Description = "Per-request timeout; default 10s." }),
            new("auth", Auth),
        ]);

    public static MapShape Safety { get; } = new(
        "Caps on what one run may do; may be lowered, never raised above the engine's ceilings.",
        [
            new("max_users", new ScalarShape(ScalarKind.Integer, "Most virtual users (or in-flight requests) of a run.", 1, SafetyDefaults.MaxUsers)),
            new("max_rate", Rate with { Description = $"Highest arrival rate, at most {SafetyDefaults.MaxRatePerSecond}/s." }),
            new("max_duration", Duration with { Description = "Longest run, at most 1h." }),
        ]);

    public static MapShape Stage { get; } = new(
        "One stage of a ramping arrival rate: move linearly to target over duration.",
        [
            new("duration", Duration, Required: true),
            new("target", Rate with { Description = "Arrival rate at the end of the stage." }, Required: true),
        ]);

    public static MapShape ApiProfile { get; } = new(
        "API load model. closed: users, ramp_up, duration, ramp_down. constant_arrival_rate: rate, duration, max_in_flight. ramping_arrival_rate: start_rate, stages, max_in_flight.",
        [
            new("model", new ScalarShape(ScalarKind.Text, "closed (N virtual users) or an open model (constant_arrival_rate, ramping_arrival_rate).", Allowed: Models), Required: true),
            new("users", new ScalarShape(ScalarKind.Integer, "closed: concurrent virtual users at full load.", 1, SafetyDefaults.MaxUsers)),
            new("ramp_up", Duration with { Description = "closed: time to go from 0 to users." }),
            new("duration", Duration with { Description = "closed: time held at full users (after ramp_up); constant_arrival_rate: run length." }),
            new("ramp_down", Duration with { Description = "closed: time to go from users to 0." }),
            new("rate", Rate with { Description = "constant_arrival_rate: iterations started per unit time." }),
            new("start_rate", Rate with { Description = "ramping_arrival_rate: rate at the start; default 0/s." }),
            new("stages", new ListShape("ramping_arrival_rate: the stages in order.", Stage, MinItems: 1)),
            new("max_in_flight", new ScalarShape(ScalarKind.Integer, "Open models: most iterations in flight; beyond it iterations are delayed and counted. Default 1000.", 1, SafetyDefaults.MaxUsers)),
        ]);

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ModelKeys { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [ModelClosed] = ["model", "users", "ramp_up", "duration", "ramp_down"],
        [ModelConstantArrivalRate] = ["model", "rate", "duration", "max_in_flight"],
        [ModelRampingArrivalRate] = ["model", "start_rate", "stages", "max_in_flight"],
    };

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ModelRequiredKeys { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [ModelClosed] = ["users", "duration"],
        [ModelConstantArrivalRate] = ["rate", "duration"],
        [ModelRampingArrivalRate] = ["stages"],
    };

    public static MapShape AthenaProfile { get; } = new(
        "Athena query suite size.",
        [
            new("concurrency", new ScalarShape(ScalarKind.Integer, "Queries running at once.", 1, SafetyDefaults.MaxUsers), Required: true),
            new("duration", Duration with { Description = "How long to keep queries running." }, Required: true),
        ]);

    public static MapShape PipelineProfile { get; } = new(
        "Pipeline throughput suite size.",
        [
            new("records", new ScalarShape(ScalarKind.Integer, "Records pushed through DMS, Batch and the lake.", 1, int.MaxValue), Required: true),
        ]);

    public static MapShape LambdaProfile { get; } = new(
        "Lambda suite size.",
        [
            new("cold_starts", new ScalarShape(ScalarKind.Integer, "Cold starts forced per function.", 0, SafetyDefaults.MaxUsers), Required: true),
            new("warm_invocations", new ScalarShape(ScalarKind.Integer, "Warm invocations per function.", 0, int.MaxValue), Required: true),
            new("memory_sweep", new ListShape(
                $"Memory sizes (MB) to run each function at, as AWS Lambda Power Tuning does: cost per invocation and the fastest, cheapest and balanced size. AWS only (a local process's CPU does not follow its memory). Distinct, at most {MemorySweepDefaults.MaxSizes}; the function's own size is restored afterwards.",
                new ScalarShape(ScalarKind.Integer, "A memory size in MB.", MemorySweepDefaults.MinMemoryMb, MemorySweepDefaults.MaxMemoryMb),
                MinItems: 2)),
            new("sweep_invocations", new ScalarShape(ScalarKind.Integer, $"Invocations per memory size of the sweep (the first, a cold start, is not averaged); default {MemorySweepDefaults.Invocations}.", 2, MemorySweepDefaults.MaxInvocations)),
        ]);

    public static MapShape Profile { get; } = new(
        "Sizes of each suite for one kind of run; every profile uses the same thresholds.",
        [
            new("api", ApiProfile, Required: true),
            new("athena", AthenaProfile),
            new("pipeline", PipelineProfile),
            new("lambda", LambdaProfile),
        ]);

    public static MapShape Step { get; } = new(
        "One request: a method key with the path (get: /api/products) or method + path.",
        [
            new("name", Name, Required: true),
            .. MethodKeys.Select(m => new ConfigKey(m, new ScalarShape(ScalarKind.Path, $"Send {m.ToUpperInvariant()} to this path (relative to base_url)."))),
            new("method", new ScalarShape(ScalarKind.Text, "HTTP method, with path.", Allowed: Methods)),
            new("path", new ScalarShape(ScalarKind.Path, "Path and query relative to target.base_url, starting with /.")),
            new("headers", new DictionaryShape("Extra request headers (never secrets: use target.auth).",
                new ScalarShape(ScalarKind.Text, "Header value."), HeaderNamePattern)),
            new("json", new AnyShape("A JSON request body, written as YAML; sets Content-Type: application/json.")),
            new("body", new ScalarShape(ScalarKind.Text, "A raw request body.")),
            new("expect_status", new ChoiceShape("Status codes that count as success; default any 2xx or 3xx.",
            [
                StatusCode,
                new ListShape("Status codes.", StatusCode, MinItems: 1),
            ])),
            new("think_time", ThinkTime with { Description = "Pause after this step, overriding the scenario's." }),
            new("thresholds", Thresholds),
        ]);

    public static MapShape Scenario { get; } = new(
        "A weighted user journey.",
        [
            new("name", Name, Required: true),
            new("weight", new ScalarShape(ScalarKind.Number, "Relative frequency among scenarios; default 1.", double.Epsilon, null)),
            new("think_time", ThinkTime with { Description = "Pause between steps; default the suite's." }),
            new("thresholds", Thresholds),
            new("steps", new ListShape("The requests, in order.", Step, MinItems: 1), Required: true),
        ]);

    public static MapShape ApiSuite { get; } = new(
        "The HTTP API load test.",
        [
            new("think_time", ThinkTime with { Description = "Default pause between steps; default none." }),
            new("thresholds", Thresholds),
            new("scenarios", new ListShape("Weighted user journeys.", Scenario, MinItems: 1), Required: true),
        ]);

    public static MapShape AthenaSuite { get; } = new(
        "The Athena query performance test.",
        [
            new("queries_dir", new ScalarShape(ScalarKind.Text, "Folder of .sql files, relative to this file; one subfolder per query class.")),
            new("price_per_tb", new ScalarShape(ScalarKind.Number, "US dollars per terabyte scanned, for the cost series; default 5.00 (Athena on-demand).", 0, null)),
            new("thresholds", new DictionaryShape("Thresholds per query class (simple, complex, …).", Thresholds, QueryClassPattern)),
        ]);

    public static MapShape PipelineSuite { get; } = new(
        "The data pipeline throughput test.",
        [new("thresholds", Thresholds)]);

    public static MapShape LambdaSuite { get; } = new(
        "The Lambda cold start, warm duration and memory test.",
        [
            new("functions", new ListShape("Function names to test; default every function of the platform.", Name)),
            new("thresholds", Thresholds),
        ]);

    public static MapShape Suites { get; } = new(
        "What each suite does and how it is judged.",
        [
            new("api", ApiSuite, Required: true),
            new("athena", AthenaSuite),
            new("pipeline", PipelineSuite),
            new("lambda", LambdaSuite),
        ]);

    /// <summary>Upper bound of a tolerance in percent or points: beyond it the gate could never fail.</summary>
    private const double MaxTolerance = 1000;

    public static MapShape BaselineTolerances { get; } = new(
        "How much worse a metric may get before it is flagged as a regression.",
        [
            new("latency_percent", new ScalarShape(ScalarKind.Number, "Allowed increase of avg, p95 and p99, in percent; default 10.", 0, MaxTolerance)),
            new("error_rate_points", new ScalarShape(ScalarKind.Number, "Allowed increase of the error rate, in percentage points; default 0.5.", 0, MaxTolerance)),
            new("rps_percent", new ScalarShape(ScalarKind.Number, "Allowed decrease of throughput, in percent; default 10.", 0, 100)),
        ]);

    public static MapShape Baseline { get; } = new(
        "Compare every run with an earlier report (perf run --baseline overrides the path).",
        [
            new("path", new ScalarShape(ScalarKind.Text, "A report.json, its folder, or \"latest\" (the newest earlier report in the output folder)."), Required: true),
            new("gate", new ScalarShape(ScalarKind.Boolean, "A regression beyond tolerance fails the verdict (exit 1); default false.")),
            new("tolerances", BaselineTolerances),
        ]);

    public static MapShape Root { get; } = new(
        "PerfInfra load-test configuration.",
        [
            new("version", new ScalarShape(ScalarKind.Integer, "Config format version.", ConfigValueDefaults.SupportedVersion, ConfigValueDefaults.SupportedVersion), Required: true),
            new("default_profile", new ScalarShape(ScalarKind.Text, "Profile used when --profile is not given."), Required: true),
            new("target", Target, Required: true),
            new("safety", Safety),
            new("profiles", new DictionaryShape("Named run sizes (full, local, …).", Profile, ProfileNamePattern), Required: true),
            new("suites", Suites, Required: true),
            new("baseline", Baseline),
        ]);
}
