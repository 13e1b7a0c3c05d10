using System.Text;
using PerfInfra.Engine.Config;
using PerfInfra.Engine.Http;

namespace PerfInfra.Engine.Tests.Config;

public sealed class ConfigLoaderTests
{
    private const string File = "perf.yaml";

    // Lines are numbered in the comments of each case so positions can be checked by eye.
    internal const string Minimal = """
        version: 1
        default_profile: local
        target:
          base_url: demo
          allow_hosts: [127.0.0.1]
        profiles:
          local:
            api: { model: closed, users: 10, duration: 10s }
        suites:
          api:
            scenarios:
              - name: home
                steps:
                  - { name: health, get: /health }
        """;

    [Fact]
    public void LoadText_MinimalConfig_UsesDefaults()
    {
        var config = ConfigLoader.LoadText(Minimal, File);

        Assert.Equal(TimeSpan.FromSeconds(10), config.Target.Timeout);
        Assert.Equal(5000, config.Safety.MaxUsers);
        var scenario = Assert.Single(config.Suites.Api.Scenarios);
        Assert.Equal(1, scenario.Weight);
        Assert.True(scenario.ThinkTime.IsNone);
        Assert.Equal(StepDefinition.Get("health", "/health") with { Headers = scenario.Steps[0].Headers }, scenario.Steps[0]);
        Assert.Empty(config.Suites.Api.Thresholds);
        Assert.Null(config.Suites.Athena);
        Assert.Equal(64, config.Sha256.Length);
    }

    [Fact]
    public void LoadText_UnknownKey_ReportsPositionAndSuggestion()
    {
        var yaml = Minimal.Replace("    scenarios:", "    tresholds: []\n    scenarios:", StringComparison.Ordinal);

        var error = Assert.Single(Errors(yaml));

        Assert.Equal((11, 5), (error.Line, error.Column));
        Assert.Equal("suites.api.tresholds", error.KeyPath);
        Assert.Contains("unknown key 'tresholds'; did you mean 'thresholds'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_SeveralErrors_ReportsEveryOneInOrder()
    {
        var yaml = Minimal
            .Replace("users: 10", "users: ten", StringComparison.Ordinal)
            .Replace("allow_hosts: [127.0.0.1]", "allow_hosts: [127.0.0.1]\n  timeout: 5x", StringComparison.Ordinal)
            .Replace("get: /health", "get: health", StringComparison.Ordinal);

        var errors = Errors(yaml);

        Assert.Equal(["target.timeout", "profiles.local.api.users", "suites.api.scenarios[0].steps[0].get"], errors.Select(e => e.KeyPath));
        Assert.Equal((6, 12), (errors[0].Line, errors[0].Column));
        Assert.Contains("unknown unit 'x'", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("ten", errors[1].Value);
        Assert.Contains("a whole number from 1 to 5000", errors[1].Message, StringComparison.Ordinal);
        Assert.Equal((15, 34), (errors[2].Line, errors[2].Column));
        Assert.Contains("starting with '/'", errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_MissingRequiredKey_ReportsAtParentKeyLine()
    {
        var yaml = Minimal.Replace("  allow_hosts: [127.0.0.1]\n", string.Empty, StringComparison.Ordinal);

        var error = Assert.Single(Errors(yaml));

        Assert.Equal((3, 1), (error.Line, error.Column));
        Assert.Equal("target.allow_hosts", error.KeyPath);
        Assert.Contains("missing required key 'allow_hosts'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_MissingTopLevelSections_ReportsEach()
    {
        var errors = Errors("version: 1\n");

        Assert.Equal(["default_profile", "target", "profiles", "suites"], errors.Select(e => e.KeyPath));
        Assert.All(errors, e => Assert.Equal(1, e.Line));
    }

    [Fact]
    public void LoadText_UsersAboveSchemaCeiling_IsOutOfRange()
    {
        var error = Assert.Single(Errors(Minimal.Replace("users: 10", "users: 6000", StringComparison.Ordinal)));

        Assert.Equal("profiles.local.api.users", error.KeyPath);
        Assert.Equal((8, 34), (error.Line, error.Column));
        Assert.Contains("out of range", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_UsersAboveLoweredSafetyCap_NamesTheCap()
    {
        var yaml = Minimal.Replace("profiles:", "safety: { max_users: 5 }\nprofiles:", StringComparison.Ordinal);

        var error = Assert.Single(Errors(yaml));

        Assert.Equal("profiles.local.api.users", error.KeyPath);
        Assert.Contains("exceeds safety.max_users (5)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_SafetyAboveEngineCeiling_IsRejected()
    {
        var yaml = Minimal.Replace("profiles:", "safety: { max_rate: 50000/s, max_duration: 2h }\nprofiles:", StringComparison.Ordinal);

        var errors = Errors(yaml);

        Assert.Equal(["safety.max_rate", "safety.max_duration"], errors.Select(e => e.KeyPath));
        Assert.Contains("20000/s", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("50000/s", errors[0].Value);
    }

    [Fact]
    public void LoadText_DurationBeyondSafety_ReportsTotal()
    {
        var yaml = Minimal.Replace("duration: 10s", "ramp_up: 30m, duration: 40m", StringComparison.Ordinal);

        var error = Assert.Single(Errors(yaml));

        Assert.Equal("profiles.local.api", error.KeyPath);
        Assert.Contains("total duration 1h10m exceeds safety.max_duration (1h)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_BadThreshold_ReportsItemPathAndParserDetail()
    {
        var yaml = Minimal.Replace("    scenarios:", "    thresholds: [\"p95 < 1s\", \"latncy.p95 < 1s\"]\n    scenarios:", StringComparison.Ordinal);

        var error = Assert.Single(Errors(yaml));

        Assert.Equal("suites.api.thresholds[1]", error.KeyPath);
        Assert.Equal((11, 30), (error.Line, error.Column));
        Assert.Equal("latncy.p95 < 1s", error.Value);
        Assert.Contains("did you mean 'latency'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_ThresholdMap_ReadsAbortAndGrace()
    {
        var yaml = Minimal.Replace("    scenarios:", "    thresholds: [{ expr: \"error_rate < 5%\", abort_on_fail: true, grace: 30s }]\n    scenarios:", StringComparison.Ordinal);

        var threshold = Assert.Single(ConfigLoader.LoadText(yaml, File).Suites.Api.Thresholds);

        Assert.True(threshold.AbortOnFail);
        Assert.Equal(TimeSpan.FromSeconds(30), threshold.AbortGracePeriod);
        Assert.Equal(0.05, threshold.Expression.Value, 9);
    }

    [Fact]
    public void LoadText_GraceWithoutAbort_IsAnError()
    {
        var yaml = Minimal.Replace("    scenarios:", "    thresholds: [{ expr: \"avg < 1s\", grace: 30s }]\n    scenarios:", StringComparison.Ordinal);

        var error = Assert.Single(Errors(yaml));

        Assert.Equal("suites.api.thresholds[0].grace", error.KeyPath);
        Assert.Contains("abort_on_fail: true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_StepAndScenarioThresholds_AreScoped()
    {
        var yaml = Minimal
            .Replace("- name: home", "- name: home\n        thresholds: [\"p99 < 2s\"]", StringComparison.Ordinal)
            .Replace("get: /health }", "get: /health, thresholds: [\"p95 < 300ms\"] }", StringComparison.Ordinal);

        var thresholds = ConfigLoader.LoadText(yaml, File).Suites.Api.Thresholds;

        Assert.Equal(["api/home", "api/home/health"], thresholds.Select(t => t.Scope.ToString()));
    }

    [Fact]
    public void LoadText_Alias_IsRejectedWithOneError()
    {
        const string Yaml = """
            a: &x [1, 2]
            b: *x
            """;

        var error = Assert.Single(Errors(Yaml));

        Assert.Equal((1, 4), (error.Line, error.Column));
        Assert.Contains("anchors (&x) are not allowed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_AliasBomb_IsRejectedQuickly()
    {
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 30; i++)
        {
            yaml.Append($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
        }

        var error = Assert.Single(Errors(yaml.ToString()));

        Assert.Contains("not allowed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_BareAlias_NamesAliasBomb()
    {
        var error = Assert.Single(Errors("a: *missing\n"));

        Assert.Contains("alias bomb", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("# only a comment\n")]
    [InlineData("~\n")]
    public void LoadText_Empty_ReportsEmptyFile(string yaml)
    {
        var error = Assert.Single(Errors(yaml));

        Assert.Contains("the file is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_Binary_ReportsBinary()
    {
        var error = Assert.Single(Errors("version: 1\0\u0001\u0002"));

        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_AboveOneMebibyte_IsRefused()
    {
        var error = Assert.Single(Errors("# " + new string('x', 1024 * 1024)));

        Assert.Contains("above the 1048576-byte limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_SyntaxError_ReportsPosition()
    {
        var error = Assert.Single(Errors("version: 1\ntarget: [a, b\n"));

        Assert.StartsWith("YAML syntax error", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line >= 2, error.ToString());
    }

    [Fact]
    public void LoadText_NotAMapping_SaysWhatIsExpected()
    {
        var error = Assert.Single(Errors("- a\n- b\n"));

        Assert.Contains("the file holds a list; expected a mapping", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_TwoDocuments_IsRefused()
    {
        var error = Assert.Single(Errors(Minimal + "\n---\nversion: 1\n"));

        Assert.Contains("more than one YAML document", error.Message, StringComparison.Ordinal);
        Assert.Equal(15, error.Line);
    }

    [Fact]
    public void LoadText_DuplicateKey_PointsAtSecond()
    {
        var error = Assert.Single(Errors(Minimal.Replace("version: 1", "version: 1\nversion: 1", StringComparison.Ordinal)));

        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.Contains("duplicate key 'version' (first at line 1)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_UnsupportedVersion_SaysWhichIsRead()
    {
        var error = Assert.Single(Errors(Minimal.Replace("version: 1", "version: 2", StringComparison.Ordinal)));

        Assert.Equal("version", error.KeyPath);
        Assert.Contains("reads version 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_UnknownDefaultProfile_SuggestsClosest()
    {
        var error = Assert.Single(Errors(Minimal.Replace("default_profile: local", "default_profile: lokal", StringComparison.Ordinal)));

        Assert.Equal((2, 18), (error.Line, error.Column));
        Assert.Contains("did you mean 'local'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_KeyOfOtherModel_IsRejected()
    {
        var error = Assert.Single(Errors(Minimal.Replace("users: 10,", "users: 10, rate: 5/s,", StringComparison.Ordinal)));

        Assert.Equal("profiles.local.api.rate", error.KeyPath);
        Assert.Contains("'rate' does not apply to model 'closed'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_UnknownModel_SuggestsClosest()
    {
        var error = Assert.Single(Errors(Minimal.Replace("model: closed", "model: closd", StringComparison.Ordinal)));

        Assert.Equal("profiles.local.api.model", error.KeyPath);
        Assert.Contains("did you mean 'closed'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_OpenModels_MapToSettings()
    {
        var yaml = Minimal.Replace(
            "    api: { model: closed, users: 10, duration: 10s }",
            """
                api: { model: closed, users: 10, duration: 10s }
              rate:
                api: { model: constant_arrival_rate, rate: 120/m, duration: 1m, max_in_flight: 20 }
              ramp:
                api:
                  model: ramping_arrival_rate
                  start_rate: 10/s
                  stages: [{ duration: 1m, target: 200/s }, { duration: 30s, target: 0/s }]
            """,
            StringComparison.Ordinal);

        var profiles = ConfigLoader.LoadText(yaml, File).Profiles;

        Assert.Equal(ApiLoadSettings.ConstantArrivalRate(2, TimeSpan.FromMinutes(1), 20), profiles["rate"].Api);
        var ramp = profiles["ramp"].Api;
        Assert.Equal(ApiLoadModel.RampingArrivalRate, ramp.Model);
        Assert.Equal(10, ramp.StartRatePerSecond);
        Assert.Equal(TimeSpan.FromSeconds(90), ramp.TotalDuration);
        Assert.Equal(200, ramp.PeakRatePerSecond);
        Assert.Equal(1000, ramp.MaxInFlight);
    }

    [Fact]
    public void LoadText_OpenModelMissingRate_NamesModelAndKey()
    {
        var error = Assert.Single(Errors(Minimal.Replace("model: closed, users: 10", "model: constant_arrival_rate", StringComparison.Ordinal)));

        Assert.Equal("profiles.local.api.rate", error.KeyPath);
        Assert.Contains("model 'constant_arrival_rate' needs 'rate'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_BaseUrlNotAllowed_IsAnError()
    {
        var error = Assert.Single(Errors(Minimal.Replace("base_url: demo", "base_url: https://api.example.com/prod", StringComparison.Ordinal)));

        Assert.Equal("target.base_url", error.KeyPath);
        Assert.Contains("host 'api.example.com' is not in target.allow_hosts", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://example.com", "not a base URL", "ftp://example.com")]
    [InlineData("https://u:p@127.0.0.1/", "credentials", "https://127.0.0.1/")] // the password is never echoed
    [InlineData("https://127.0.0.1/?a=1", "no query", "https://127.0.0.1/?a=1")]
    public void LoadText_BadBaseUrl_SaysWhatIsAccepted(string url, string expected, string shownValue)
    {
        var error = Assert.Single(Errors(Minimal.Replace("base_url: demo", $"base_url: \"{url}\"", StringComparison.Ordinal)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(shownValue, error.Value);
    }

    [Theory]
    [InlineData("localhost:8080")]
    [InlineData("https://example.com")]
    [InlineData("*.example.com")]
    public void LoadText_BadAllowHost_IsAnError(string host)
    {
        var error = Assert.Single(Errors(Minimal.Replace("[127.0.0.1]", $"[127.0.0.1, \"{host}\"]", StringComparison.Ordinal)));

        Assert.Equal("target.allow_hosts[1]", error.KeyPath);
        Assert.Contains("bare host name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_Ipv6AllowHost_IsAccepted() =>
        Assert.Contains("::1", ConfigLoader.LoadText(Minimal.Replace("[127.0.0.1]", "[127.0.0.1, \"::1\"]", StringComparison.Ordinal), File).Target.AllowHosts);

    [Fact]
    public void LoadText_AuthFromEnv_MapsToSource()
    {
        var yaml = Minimal.Replace("profiles:", "  auth: { prefix: \"Bearer \", from_env: TOKEN }\nprofiles:", StringComparison.Ordinal);

        Assert.Equal(new AuthHeaderSource("Authorization", "TOKEN", null, "Bearer "), ConfigLoader.LoadText(yaml, File).Target.Auth);
    }

    [Theory]
    [InlineData("{ from_env: A, from_file: b }", "target.auth", "exactly one of from_env")]
    [InlineData("{ header: X-Key }", "target.auth", "exactly one of from_env")]
    [InlineData("{ token: abc, from_env: A }", "target.auth.token", "unknown key 'token'")]
    public void LoadText_BadAuth_IsAnError(string auth, string keyPath, string expected)
    {
        var error = Assert.Single(Errors(Minimal.Replace("profiles:", $"  auth: {auth}\nprofiles:", StringComparison.Ordinal)));

        Assert.Equal(keyPath, error.KeyPath);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ name: h, get: /a, post: /b }", "suites.api.scenarios[0].steps[0]", "found get and post")]
    [InlineData("{ name: h }", "suites.api.scenarios[0].steps[0]", "a step needs a request")]
    [InlineData("{ name: h, method: GET }", "suites.api.scenarios[0].steps[0].path", "'method' and 'path' go together")]
    [InlineData("{ name: h, method: FETCH, path: /a }", "suites.api.scenarios[0].steps[0].method", "expected an HTTP method")]
    [InlineData("{ name: h, get: \"https://evil.example.com/\" }", "suites.api.scenarios[0].steps[0].get", "starting with '/'")]
    [InlineData("{ name: h, get: /a, headers: { Authorization: x } }", "suites.api.scenarios[0].steps[0].headers.Authorization", "use target.auth")]
    [InlineData("{ name: h, post: /a, json: { a: 1 }, body: x }", "suites.api.scenarios[0].steps[0].body", "either json or body")]
    [InlineData("{ name: h, get: /a, expect_status: 99 }", "suites.api.scenarios[0].steps[0].expect_status", "from 100 to 599")]
    [InlineData("{ name: h, get: /a, think_time: 3s..1s }", "suites.api.scenarios[0].steps[0].think_time", "minimum is above its maximum")]
    [InlineData("{ name: \" \", get: /a }", "suites.api.scenarios[0].steps[0].name", "must not be blank")]
    public void LoadText_BadStep_ReportsStepPath(string step, string keyPath, string expected)
    {
        var error = Assert.Single(Errors(Minimal.Replace("{ name: health, get: /health }", step, StringComparison.Ordinal)));

        Assert.Equal(keyPath, error.KeyPath);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_DuplicateScenarioNames_IsAnError()
    {
        var yaml = Minimal + "\n      - name: home\n        steps: [{ name: x, get: /x }]\n";

        var error = Assert.Single(Errors(yaml));

        Assert.Equal("suites.api.scenarios[1].name", error.KeyPath);
        Assert.Contains("duplicate scenario name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_JsonBody_KeepsYamlTypes()
    {
        var yaml = Minimal.Replace("{ name: health, get: /health }",
            "{ name: h, post: /a, json: { id: 7, price: 1.5, ok: true, none: null, tag: \"7\", list: [a, 2] } }", StringComparison.Ordinal);

        var step = ConfigLoader.LoadText(yaml, File).Suites.Api.Scenarios[0].Steps[0];

        Assert.Equal("{\"id\":7,\"price\":1.5,\"ok\":true,\"none\":null,\"tag\":\"7\",\"list\":[\"a\",2]}", step.Body);
        Assert.Equal("POST", step.Method);
    }

    [Fact]
    public void LoadText_QuotedNumber_HintsToRemoveQuotes()
    {
        var error = Assert.Single(Errors(Minimal.Replace("users: 10", "users: \"10\"", StringComparison.Ordinal)));

        Assert.Contains("remove the quotes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_AthenaThresholdsPerClass_AreScopedByClass()
    {
        var yaml = Minimal + "\n  athena: { thresholds: { simple: [\"p95 < 2s\"], complex: [\"duration.p95 < 15s\"] } }\n";

        var athena = ConfigLoader.LoadText(yaml, File).Suites.Athena!;

        Assert.Equal("queries", athena.QueriesDirectory);
        Assert.Equal(["athena/simple", "athena/complex"], athena.Thresholds.Select(t => t.Scope.ToString()));
    }

    [Fact]
    public void LoadText_ThresholdOfWrongSuite_IsUnknownMetric()
    {
        var error = Assert.Single(Errors(Minimal + "\n  pipeline: { thresholds: [\"cold_start.max < 3s\"] }\n"));

        Assert.Equal("suites.pipeline.thresholds[0]", error.KeyPath);
        Assert.Contains("unknown metric 'cold_start' for the pipeline suite", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_Missing_ThrowsConfigException()
    {
        var error = Assert.Single(Assert.Throws<ConfigException>(() => ConfigLoader.LoadFile("/nonexistent/perf.yaml")).Errors);

        Assert.Contains("cannot read the config file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_InvalidUtf8_ReportsBinary()
    {
        var path = Path.GetTempFileName();
        try
        {
            System.IO.File.WriteAllBytes(path, [0x76, 0x3a, 0x20, 0xff, 0xfe, 0x80]);

            var error = Assert.Single(Assert.Throws<ConfigException>(() => ConfigLoader.LoadFile(path)).Errors);

            Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void LoadFile_AboveOneMebibyte_IsRefusedBeforeReading()
    {
        var path = Path.GetTempFileName();
        try
        {
            System.IO.File.WriteAllText(path, "# " + new string('x', 2 * 1024 * 1024));

            var error = Assert.Single(Assert.Throws<ConfigException>(() => ConfigLoader.LoadFile(path)).Errors);

            Assert.Equal(path, error.File);
            Assert.Contains("above the 1048576-byte limit", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void LoadText_ZeroWeight_IsOutOfRange()
    {
        var error = Assert.Single(Errors(Minimal.Replace("- name: home", "- name: home\n        weight: 0", StringComparison.Ordinal)));

        Assert.Equal("suites.api.scenarios[0].weight", error.KeyPath);
        Assert.Contains("a number above 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_ThinkTimeRange_IsUniformRange()
    {
        var yaml = Minimal.Replace("    scenarios:", "    think_time: 1s..3s\n    scenarios:", StringComparison.Ordinal);

        var thinkTime = ConfigLoader.LoadText(yaml, File).Suites.Api.Scenarios[0].ThinkTime;

        Assert.Equal(new ThinkTime(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)), thinkTime);
    }

    [Fact]
    public void LoadText_BadProfileName_IsAnError()
    {
        var error = Assert.Single(Errors(Minimal.Replace("  local:", "  local:\n    api: { model: closed, users: 1, duration: 1s }\n  Big Run:", StringComparison.Ordinal)));

        Assert.Equal("profiles.Big Run", error.KeyPath);
        Assert.Contains("lower-case letters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_StageWithoutTarget_ReportsStagePath()
    {
        var yaml = Minimal.Replace("{ model: closed, users: 10, duration: 10s }", "{ model: ramping_arrival_rate, stages: [{ duration: 1m }] }", StringComparison.Ordinal);

        var error = Assert.Single(Errors(yaml));

        Assert.Equal("profiles.local.api.stages[0].target", error.KeyPath);
        Assert.Contains("missing required key 'target'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigError_ToString_IsFileLineColumnKeyMessageValue()
    {
        var error = new ConfigError("a.yaml", 3, 7, "target.timeout", "5x", "bad duration");

        Assert.Equal("a.yaml:3:7: target.timeout: bad duration (got '5x')", error.ToString());
    }

    [Fact]
    public void ConfigException_Message_JoinsEveryError()
    {
        var exception = Assert.Throws<ConfigException>(() => ConfigLoader.LoadText("version: 1\n", File));

        Assert.Equal(4, exception.Message.Split(Environment.NewLine).Length);
        Assert.StartsWith("perf.yaml:1:1: default_profile: missing required key", exception.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<ConfigError> Errors(string yaml) =>
        Assert.Throws<ConfigException>(() => ConfigLoader.LoadText(yaml, File)).Errors;
}
