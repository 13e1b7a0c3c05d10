using System.Text;

namespace PerfInfra.Integration.Tests.BadInput;

/// <summary>
/// The bad inputs of issue 7, grouped: config syntax, types, ranges, unknown keys, missing sections,
/// unsafe targets, absurd values, YAML alias bombs, binary and empty files; then command-line flags.
/// Config cases are one edit of <see cref="ValidConfig"/>, so each proves exactly one mistake is caught.
/// </summary>
internal static class BadInputCases
{
    /// <summary>Just above the loader's 1 MiB limit.</summary>
    private const int OversizedConfigBytes = (1024 * 1024) + 1;

    /// <summary>One level deeper than the loader accepts (ConfigValueDefaults.MaxNestingDepth is 64).</summary>
    private const int TooDeepNesting = 70;

    private const string InlineSecret = "hunter2-inline-secret";

    public static string ValidConfig(string targetUrl) => $$"""
        version: 1
        default_profile: p
        target:
          base_url: {{targetUrl}}
          allow_hosts: [127.0.0.1]
          timeout: 5s
        profiles:
          p:
            api: { model: closed, users: 2, ramp_up: 0s, duration: 1s, ramp_down: 0s }
        suites:
          api:
            think_time: 10ms
            thresholds: ["error_rate < 1%"]
            scenarios:
              - name: fetch
                steps:
                  - { name: resource, get: /resource }
        """;

    public static IReadOnlyList<BadInputCase> All { get; } =
    [
        // Syntax
        Edit("syntax_unclosed_flow_sequence", "config.yaml:", "allow_hosts: [127.0.0.1]", "allow_hosts: [127.0.0.1"),
        Edit("syntax_tab_indentation", "config.yaml:", "  timeout: 5s", "\ttimeout: 5s"),
        Edit("syntax_unclosed_quote", "config.yaml:", "[\"error_rate < 1%\"]", "[\"error_rate < 1%]"),
        Edit("syntax_duplicate_key", "timeout", "  timeout: 5s", "  timeout: 5s\n  timeout: 6s"),
        Edit("syntax_two_documents", "document", "version: 1", "version: 1\n---\nversion: 1"),
        Raw("syntax_not_a_mapping", "mapping", _ => Encoding.UTF8.GetBytes("- version: 1\n- target: demo\n")),

        // Types
        Edit("type_users_text", "users", "users: 2", "users: many"),
        Edit("type_timeout_bool", "timeout", "timeout: 5s", "timeout: yes"),
        Edit("type_thresholds_mapping", "thresholds", "thresholds: [\"error_rate < 1%\"]", "thresholds: { a: b }"),
        Edit("type_steps_scalar", "steps", "steps:\n          - { name: resource, get: /resource }", "steps: /resource"),
        Edit("type_allow_hosts_number", "allow_hosts", "allow_hosts: [127.0.0.1]", "allow_hosts: 42"),
        Edit("type_version_text", "version", "version: 1", "version: one"),

        // Ranges
        Edit("range_users_zero", "users", "users: 2", "users: 0"),
        Edit("range_users_negative", "users", "users: 2", "users: -5"),
        Edit("range_weight_negative", "weight", "- name: fetch", "- name: fetch\n        weight: -1"),
        Edit("range_timeout_zero", "timeout", "timeout: 5s", "timeout: 0s"),
        Edit("range_error_rate_above_100_percent", "150%", "error_rate < 1%", "error_rate < 150%"),
        Edit("range_duration_negative", "duration", "duration: 1s", "duration: -1s"),

        // Unknown keys (with a suggestion where one is close)
        Edit("unknown_top_level_key", "reports", "version: 1", "version: 1\nreports: out"),
        Edit("unknown_target_key_misspelt", "timout", "timeout: 5s", "timout: 5s"),
        Edit("unknown_step_key", "gett", "get: /resource", "gett: /resource"),
        Edit("unknown_profile_key", "rampdown", "ramp_down: 0s", "rampdown: 0s"),
        Edit("unknown_model", "closd", "model: closed", "model: closd"),
        Edit("unknown_metric", "cpu_usage", "error_rate < 1%", "cpu_usage < 50%"),
        Edit("unknown_default_profile", "nope", "default_profile: p", "default_profile: nope"),
        Edit("unsupported_version", "version", "version: 1", "version: 2"),

        // Missing sections
        Cut("missing_target", "target", "target:\n  base_url: {T}\n  allow_hosts: [127.0.0.1]\n  timeout: 5s\n"),
        Cut("missing_profiles", "profiles", "profiles:\n  p:\n    api: { model: closed, users: 2, ramp_up: 0s, duration: 1s, ramp_down: 0s }\n"),
        Edit("missing_suites", "suites", "suites:\n  api:", "other:\n  api:"),
        Edit("missing_scenarios", "scenarios", "scenarios:", "scenarioz:"),
        Edit("missing_steps", "steps", "steps:", "stepz:"),
        Cut("missing_version", "version", "version: 1\n"),

        // Unsafe targets
        Edit("unsafe_target_not_allowed", "allow", "base_url: {T}", "base_url: http://10.0.0.1:9/"),
        Edit("unsafe_allow_wildcard", "*", "allow_hosts: [127.0.0.1]", "allow_hosts: [\"*\"]"),
        Edit("unsafe_file_scheme", "base_url", "base_url: {T}", "base_url: file:///etc/passwd"),
        Edit("unsafe_lookalike_host", "allow", "base_url: {T}", "base_url: http://127.0.0.1.evil.example/"),
        Edit("unsafe_inline_secret", "value", "timeout: 5s", $"timeout: 5s\n  auth: {{ header: Authorization, value: {InlineSecret} }}", mustNotEcho: InlineSecret),
        Edit("unsafe_credentials_in_base_url", "credentials", "base_url: {T}", $"base_url: http://perf:{InlineSecret}@127.0.0.1:9/", mustNotEcho: InlineSecret),
        Edit("unsafe_auth_env_unset", "PERF_TEST_VARIABLE_NEVER_SET", "timeout: 5s", "timeout: 5s\n  auth: { header: Authorization, from_env: PERF_TEST_VARIABLE_NEVER_SET }"),

        // Absurd values
        Edit("absurd_users", "users", "users: 2", "users: 99999999999"),
        Edit("absurd_duration", "duration", "duration: 1s", "duration: 100000h"),
        Edit("absurd_rate", "rate", "model: closed, users: 2, ramp_up: 0s, duration: 1s, ramp_down: 0s", "model: constant_arrival_rate, rate: 999999999/s, duration: 1s, max_in_flight: 2"),
        Edit("absurd_safety_raised", "max_users", "version: 1", "version: 1\nsafety: { max_users: 1000000 }"),
        Edit("absurd_timeout_float", "timeout", "timeout: 5s", "timeout: 1e999s"),

        // YAML alias bombs and anchors
        Raw("yaml_alias_bomb", "alias", _ => Encoding.UTF8.GetBytes(AliasBomb())),
        Edit("yaml_single_anchor", "anchor", "thresholds: [\"error_rate < 1%\"]", "thresholds: &t [\"error_rate < 1%\"]"),
        Raw("yaml_too_deep", "nesting", _ => Encoding.UTF8.GetBytes("version: 1\nx: " + new string('[', TooDeepNesting) + new string(']', TooDeepNesting) + "\n")),

        // Binary, empty and unreadable files
        Raw("file_binary", "binary", _ => [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]),
        Raw("file_invalid_utf8", "UTF-8", _ => [0x76, 0x65, 0x72, 0xC3, 0x28, 0xA0, 0xA1, 0x0A]),
        Raw("file_empty", "empty", _ => []),
        Raw("file_whitespace_only", "empty", _ => Encoding.UTF8.GetBytes("\n  \n\t\n")),
        Raw("file_oversized", "limit", _ => Encoding.UTF8.GetBytes(new string('#', OversizedConfigBytes))),
        new("file_missing", "cannot read", c => ["run", "--config", Path.Combine(c.Directory, "no-such.yaml"), "--out", c.OutputRoot]),
        new("file_is_directory", "cannot read", c => ["run", "--config", c.Directory, "--out", c.OutputRoot]),

        // Command-line flags
        new("flag_duration_unit", "--duration", c => c.RunWithFlags("--duration", "5x")),
        new("flag_duration_negative", "duration", c => c.RunWithFlags("--duration", "-1s")),
        new("flag_duration_above_cap", "--duration", c => c.RunWithFlags("--duration", "5h")),
        new("flag_users_zero", "--users", c => c.RunWithFlags("--users", "0")),
        new("flag_users_text", "abc", c => c.RunWithFlags("--users", "abc")),
        new("flag_users_above_cap", "5000", c => c.RunWithFlags("--users", "1000000")),
        new("flag_rate_text", "--rate", c => c.RunWithFlags("--rate", "fast")),
        new("flag_rate_zero", "--rate", c => c.RunWithFlags("--rate", "0")),
        new("flag_rate_absurd", "--rate", c => c.RunWithFlags("--rate", "1e12")),
        new("flag_target_ftp", "--target", c => c.RunWithFlags("--target", "ftp://127.0.0.1/")),
        new("flag_target_with_credentials", "credentials", c => c.RunWithFlags("--target", $"http://perf:{InlineSecret}@127.0.0.1:9/"), InlineSecret),
        new("quick_url_with_credentials", "credentials", c => ["run", "--url", $"http://perf:{InlineSecret}@127.0.0.1:9/", "--out", c.OutputRoot], InlineSecret),
        new("flag_target_not_allowed", "allow", c => c.RunWithFlags("--target", "http://10.9.9.9/")),
        new("flag_profile_unknown", "nope", c => c.RunWithFlags("--profile", "nope")),
        new("flag_suite_unknown", "everything", c => c.RunWithFlags("--suite", "everything")),
        new("flag_suite_not_sized", "does not size the pipeline suite", c => c.RunWithFlags("--suite", "pipeline")),
        new("quick_url_other_suite", "quick mode", c => c.QuickRun("--suite", "pipeline")),
        new("flag_unknown", "--frobnicate", c => c.RunWithFlags("--frobnicate")),
        new("flag_config_without_value", "--config", c => ["run", "--out", c.OutputRoot, "--config"]),
        new("flag_gate_without_baseline", "--baseline", c => c.RunWithFlags("--regression-gate")),
        new("flag_baseline_missing", "--baseline", c => c.RunWithFlags("--baseline", Path.Combine(c.Directory, "none.json"))),
        new("flag_threshold_without_url", "quick mode", c => c.RunWithFlags("--threshold", "p95 < 1s")),
        new("quick_url_not_http", "--url", c => ["run", "--url", "not-a-url", "--out", c.OutputRoot]),
        new("quick_url_not_allowed", "allow", c => ["run", "--url", "http://10.1.2.3/", "--duration", "1s", "--out", c.OutputRoot]),
        new("quick_url_with_profile", "--url", c => c.QuickRun("--profile", "full")),
        new("quick_threshold_bad_unit", "parsec", c => c.QuickRun("--duration", "1s", "--threshold", "p95 < 1 parsec")),
        new("quick_threshold_unknown_metric", "latency", c => c.QuickRun("--duration", "1s", "--threshold", "latency < 1s")),
        new("unknown_verb", "frobnicate", _ => ["frobnicate"]),
    ];

    public static BadInputCase Named(string name) => All.Single(c => c.Name == name);

    /// <summary>The classic billion-laughs shape: nine levels of ten aliases each, 10^9 expansions if followed.</summary>
    private static string AliasBomb()
    {
        const int Levels = 9;
        const int Fanout = 10;
        var text = new StringBuilder("version: 1\na0: &a0 [\"lol\"]\n");
        for (var level = 1; level <= Levels; level++)
        {
            var items = string.Join(", ", Enumerable.Repeat($"*a{level - 1}", Fanout));
            text.Append($"a{level}: &a{level} [{items}]\n");
        }

        return text.ToString();
    }

    private static BadInputCase Edit(string name, string expected, string find, string replace, string? mustNotEcho = null) =>
        new(name, expected, c =>
        {
            var valid = ValidConfig(c.TargetUrl);
            var target = find.Replace("{T}", c.TargetUrl, StringComparison.Ordinal);
            if (!valid.Contains(target, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"case {name}: '{find}' is not in the valid config");
            }

            var index = valid.IndexOf(target, StringComparison.Ordinal);
            return c.RunWithConfig(valid[..index] + replace + valid[(index + target.Length)..]);
        }, mustNotEcho);

    private static BadInputCase Cut(string name, string expected, string section) => Edit(name, expected, section, string.Empty);

    private static BadInputCase Raw(string name, string expected, Func<BadInputContext, byte[]> bytes) =>
        new(name, expected, c => c.RunWithConfigBytes(bytes(c)));
}
