using System.CommandLine;
using PerfInfra.Cli.Running;
using PerfInfra.Engine.Config;
using PerfInfra.Engine.Preflight;

namespace PerfInfra.Cli.Commands;

/// <summary>
/// `perf run`: parses and checks the flags (every bad flag reported at once, exit 2), then hands a
/// <see cref="RunRequest"/> to <see cref="LocalRun"/>. Flags mirror the seed's runner:
/// --suite (-TestType), --users (-ConcurrentUsers), --duration (-Duration).
/// </summary>
internal static class RunCommand
{
    private const string DefaultOutputRoot = "reports";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var config = new Option<string?>("--config") { Description = "Config file (default: tests/performance/load-test-config.yaml, else the built-in copy)." };
        var profile = new Option<string?>("--profile") { Description = "Sizing profile of the config: local (default), full (the seed's sizes), or your own." };
        var suite = new Option<string>("--suite") { Description = "Suite to run.", DefaultValueFactory = _ => RunRequest.SuiteApi };
        suite.AcceptOnlyFromAmong([.. RunRequest.Suites]);
        var users = new Option<int?>("--users") { Description = "Virtual users (closed model) or the in-flight cap (open model)." };
        var rate = new Option<string?>("--rate") { Description = "Open model at this arrival rate: 200, 200/s, 6000/m." };
        var duration = new Option<string?>("--duration") { Description = "Hold duration: 90s, 5m, 1h." };
        var target = new Option<string?>("--target") { Description = "Base URL to load instead of the demo platform (its host must be allowed)." };
        var allowHost = new Option<string[]>("--allow-host") { Description = "Add a host to the allow-list for this run (repeatable).", AllowMultipleArgumentsPerToken = false };
        var output = new Option<string>("--out") { Description = "Folder for report folders.", DefaultValueFactory = _ => DefaultOutputRoot };
        var url = new Option<string?>("--url") { Description = "Quick mode: GET this URL (like hey/wrk), judged by the seed's API thresholds unless --threshold is given." };
        var threshold = new Option<string[]>("--threshold") { Description = "Quick mode threshold, k6 style: 'p95 < 200ms' (repeatable)." };
        var baseline = new Option<string?>("--baseline") { Description = "Compare with an earlier report: a report.json, its folder, or 'latest'." };
        var preflight = new Option<string>("--preflight")
        {
            Description = "Check the optimizations under test are live before any load: fail (stop and fail the verdict), warn (report and run), off.",
            DefaultValueFactory = _ => "fail",
        };
        preflight.AcceptOnlyFromAmong("fail", "warn", "off");
        var gate = new Option<bool>("--regression-gate") { Description = "With --baseline: a regression beyond tolerance fails the verdict (exit 1)." };

        var command = new Command("run", "Run the performance suite and judge its thresholds.")
        {
            config, profile, suite, users, rate, duration, target, allowHost, output, url, threshold, baseline, gate, preflight,
        };

        command.SetAction(async (parse, _) =>
        {
            var errors = new List<string>();
            var request = new RunRequest(
                parse.GetValue(config),
                parse.GetValue(profile),
                parse.GetValue(suite) ?? RunRequest.SuiteApi,
                CheckUsers(parse.GetValue(users), errors),
                ParseOptional<double>(parse.GetValue(rate), "--rate", RateOrNumber, errors),
                ParseOptional<TimeSpan>(parse.GetValue(duration), "--duration", DurationParser.TryParse, errors),
                ParseUrl(parse.GetValue(target), "--target", errors),
                parse.GetValue(allowHost) ?? [],
                parse.GetValue(output) ?? DefaultOutputRoot,
                ParseUrl(parse.GetValue(url), "--url", errors),
                parse.GetValue(threshold) ?? [],
                parse.GetValue(baseline),
                parse.GetValue(gate),
                PreflightModeNames.TryParse(parse.GetValue(preflight), out var mode) ? mode : PreflightMode.Fail);

            if (request.RegressionGate && request.Baseline is null)
            {
                errors.Add("--regression-gate needs --baseline PATH|latest to compare with");
            }

            if (request.IsQuickMode && (request.Target is not null || request.Profile is not null))
            {
                errors.Add("--url (quick mode) cannot be combined with --target or --profile");
            }

            if (!request.IsQuickMode && request.Thresholds.Count > 0)
            {
                errors.Add("--threshold applies to quick mode (--url); put scenario thresholds in the config");
            }

            if (errors.Count > 0)
            {
                foreach (var e in errors)
                {
                    await stderr.WriteLineAsync($"perf run: {e}");
                }

                return ExitCodes.BadInput;
            }

            return await LocalRun.ExecuteAsync(request, stdout, stderr);
        });
        return command;
    }

    private delegate bool TryParser<T>(string? text, out T value, out string error);

    private static int? CheckUsers(int? users, List<string> errors)
    {
        if (users is < 1)
        {
            errors.Add($"--users: {users} is not a number of users (accepted: a whole number ≥ 1)");
        }

        return users;
    }

    private static T? ParseOptional<T>(string? text, string flag, TryParser<T> parser, List<string> errors)
        where T : struct
    {
        if (text is null)
        {
            return null;
        }

        if (parser(text, out var value, out var error))
        {
            return value;
        }

        errors.Add($"{flag}: {error}");
        return null;
    }

    /// <summary>A bare number means per second on the command line, as in hey's -q.</summary>
    private static bool RateOrNumber(string? text, out double perSecond, out string error)
    {
        if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out perSecond)
            && perSecond > 0 && double.IsFinite(perSecond))
        {
            error = string.Empty;
            return true;
        }

        return RateParser.TryParse(text, out perSecond, out error);
    }

    private static Uri? ParseUrl(string? text, string flag, List<string> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            if (uri.UserInfo.Length > 0)
            {
                // Never echo the text: the password would land in the terminal, CI logs and reports.
                errors.Add($"{flag}: credentials in the URL (user:password@) are not accepted, they would be printed and written to reports; put the secret in target.auth (from_env or from_file)");
                return null;
            }

            return uri;
        }

        errors.Add($"{flag}: '{text}' is not an http(s) URL (accepted: e.g. http://127.0.0.1:8080/api)");
        return null;
    }
}
