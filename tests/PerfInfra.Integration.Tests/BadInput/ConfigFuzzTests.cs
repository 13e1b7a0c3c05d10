using CsCheck;
using PerfInfra.Engine.Config;
using PerfInfra.Engine.Safety;

namespace PerfInfra.Integration.Tests.BadInput;

/// <summary>
/// A bounded CsCheck run of the config loader through `perf validate` (issue 7): configs built from
/// fragments that are each valid or wrong in one of the ways users get them wrong, plus random line
/// drops and punctuation. For every sample, validate exits 0 or 2 with positioned messages and no stack
/// trace; and a config it accepts is safe to run: the target is on the allow-list, every profile is within
/// the safety caps, which are within the engine's, and the timeout is positive.
/// </summary>
public sealed class ConfigFuzzTests : IDisposable
{
    /// <summary>Bounded so CI stays fast (~1 ms a sample in process); the count is asserted, so it really ran.</summary>
    private const int Iterations = 1_000;

    private const string Target = "http://127.0.0.1:9/";
    private const string Punctuation = ":-[]{},\"'#&*!|>%@`\t";

    private static readonly Gen<string> Version = Mostly("1", "2", "0", "one", "", "1.0");
    private static readonly Gen<string> BaseUrl = Mostly(Target, "demo", "http://10.0.0.1/", "https://127.0.0.1:1/", "ftp://127.0.0.1/", "http://127.0.0.1.evil.example/", "", "http://[::1]:8/", "http://user:pw@127.0.0.1:9/");
    private static readonly Gen<string> AllowHosts = Mostly("[127.0.0.1]", "[]", "[\"*\"]", "[localhost, \"::1\"]", "127.0.0.1", "[10.0.0.1]", "[\"127.0.0.1:9\"]");
    private static readonly Gen<string> Timeout = Mostly("5s", "0s", "-1s", "1e9h", "abc", "300ms", "", "10", "99999h");
    private static readonly Gen<string> Users = Mostly("2", "0", "-1", "5000", "5001", "1e3", "x", "99999999999", "2.5");
    private static readonly Gen<string> Duration = Mostly("1s", "0s", "2h", "59m", "x", "-1s", "1h", "3600s", "3601s");
    private static readonly Gen<string> Rate = Mostly("10/s", "0/s", "1e12/s", "20001/s", "20000/s", "x", "-1/s", "600/m");
    private static readonly Gen<string> Safety = Mostly("", "safety: { max_users: 10 }", "safety: { max_users: 0 }", "safety: { max_users: 6000 }", "safety: { max_duration: 2h }", "safety: { max_rate: 5/s }", "safety: { max_users: 1 }");
    private static readonly Gen<string> ThinkTime = Mostly("10ms", "1s..3s", "3s..1s", "-1s", "", "0s", "2h");
    private static readonly Gen<string> Threshold = Mostly("\"error_rate < 1%\"", "\"p95 < 1000ms\"", "\"p(99.9) <= 2s\"", "\"rps > 1\"", "\"p95 < 1 parsec\"", "\"cpu < 1%\"", "\"error_rate < 150%\"", "{ expr: \"avg < 1s\", abort_on_fail: true, grace: 1s }", "{ expr: \"avg < 1s\", grace: 1s }", "\"\"");
    private static readonly Gen<string> Path = Mostly("/resource", "resource", "\"\"", "\"/a b\"", "\"/x\\r\\nX-Injected: 1\"", "/%0d%0a");

    /// <summary>Each fragment is valid this many times more often than wrong, so whole configs are often valid too.</summary>
    private const int ValidWeight = 12;

    private readonly TempDirectory _dir = new();

    [Fact]
    public void Validate_FuzzedConfigs_ExitZeroOrTwoAndAcceptOnlySafeConfigs()
    {
        var samples = 0;
        var accepted = 0;
        GenConfig().Sample(yaml =>
        {
            samples++;
            var file = _dir.File("fuzz.yaml", yaml);
            var result = InProcessCli.RunAsync("validate", "--config", file).GetAwaiter().GetResult();

            Assert.True(result.ExitCode is 0 or 2, $"{result}\n---\n{yaml}");
            Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
            if (result.ExitCode == 2)
            {
                Assert.All(
                    result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries),
                    line => Assert.True(line.StartsWith(file + ":", StringComparison.Ordinal) || line.Contains("error(s)", StringComparison.Ordinal), line));
                return;
            }

            accepted++;
            AssertSafe(ConfigLoader.LoadFile(file), yaml);
        }, iter: Iterations, threads: 1);

        Assert.Equal(Iterations, samples);

        // The generator must reach both sides, or the property says nothing about one of them.
        Assert.InRange(accepted, 1, Iterations - 1);
    }

    public void Dispose() => _dir.Dispose();

    private static void AssertSafe(LoadTestConfig config, string yaml)
    {
        var allow = new HostAllowList(config.Target.AllowHosts);
        Assert.True(config.Target.BaseUrl is null || allow.Allows(config.Target.BaseUrl), yaml);
        Assert.True(config.Target.Timeout > TimeSpan.Zero, yaml);
        Assert.InRange(config.Safety.MaxUsers, 1, SafetyDefaults.MaxUsers);
        Assert.InRange(config.Safety.MaxDuration, TimeSpan.FromTicks(1), SafetyDefaults.MaxDuration);
        Assert.InRange(config.Safety.MaxRatePerSecond, double.Epsilon, SafetyDefaults.MaxRatePerSecond);
        foreach (var profile in config.Profiles.Values)
        {
            Assert.InRange(profile.Api.PeakConcurrency, 1, config.Safety.MaxUsers);
            Assert.True(profile.Api.TotalDuration <= config.Safety.MaxDuration, yaml);
            Assert.True(profile.Api.PeakRatePerSecond is not { } rate || (rate > 0 && rate <= config.Safety.MaxRatePerSecond), yaml);
        }

        // And the run it describes resolves (or is refused with a config error, never anything else).
        try
        {
            var run = RunResolver.Resolve(config, RunOverrides.None);
            Assert.True(run.BaseUrl is null || run.AllowList.Allows(run.BaseUrl), yaml);
        }
        catch (ConfigException e)
        {
            Assert.NotEmpty(e.Errors);
        }
    }

    private static Gen<string> Mostly(string valid, params string[] wrong) =>
        Gen.Frequency((ValidWeight, Gen.Const(valid)), (1, Gen.OneOfConst(wrong)));

    private static Gen<string> GenConfig()
    {
        var closed = Gen.Select(Users, Duration).Select((users, duration) =>
            $"{{ model: closed, users: {users}, ramp_up: 0s, duration: {duration}, ramp_down: 0s }}");
        var open = Gen.Select(Rate, Duration, Users).Select((rate, duration, inFlight) =>
            $"{{ model: constant_arrival_rate, rate: {rate}, duration: {duration}, max_in_flight: {inFlight} }}");
        var target = Gen.Select(BaseUrl, AllowHosts, Timeout);
        var suite = Gen.Select(ThinkTime, Threshold.Array[0, 3], Path);
        var document = Gen.Select(Version, target, Safety, Gen.OneOf(closed, open), suite).Select((version, t, safety, api, s) => $$"""
            version: {{version}}
            default_profile: p
            target:
              base_url: {{t.Item1}}
              allow_hosts: {{t.Item2}}
              timeout: {{t.Item3}}
            {{safety}}
            profiles:
              p:
                api: {{api}}
            suites:
              api:
                think_time: {{s.Item1}}
                thresholds: [{{string.Join(", ", s.Item2)}}]
                scenarios:
                  - name: fetch
                    steps:
                      - { name: resource, get: {{s.Item3}} }
            """);

        // Half of the samples are damaged further: a line dropped, or punctuation inserted.
        return document.SelectMany(text => Gen.Int[0, 3].SelectMany(kind => kind switch
        {
            0 => Gen.Int[0, text.Length].SelectMany(at => Gen.Char[Punctuation].Array[1, 4].Select(chars => text.Insert(at, new string(chars)))),
            1 => Gen.Int[0, text.Count(c => c == '\n')].Select(line => string.Join('\n', text.Split('\n').Where((_, i) => i != line))),
            _ => Gen.Const(text),
        }));
    }
}
