using System.Text.Json;
using CsCheck;
using PerfInfra.Engine.Suites.Pipeline;

namespace PerfInfra.Engine.Tests.Suites.Pipeline;

public sealed class PipelineParserPropertyTests
{
    private const long Year2020Ms = 1_577_836_800_000;
    private const long TenYearsMs = 315_360_000_000;

    private static readonly Gen<long> EpochMs = Gen.Long[Year2020Ms, Year2020Ms + TenYearsMs];

    private static readonly Gen<(string Id, long[] Times, double[] Values)> Result =
        Gen.Select(Gen.OneOfConst(PipelineDefaults.CdcLatencySourceId, PipelineDefaults.CdcLatencyTargetId, "other"), Gen.Int[0, 30])
            .SelectMany(t => Gen.Select(Gen.Const(t.Item1), EpochMs.Array[t.Item2], Gen.Double[0, 3600].Array[t.Item2]));

    [Fact]
    public void Parse_AnyGetMetricDataResponse_RoundTripsAndLagMaxIsTheSecondsMaxInMilliseconds()
    {
        Result.Array[0, 5].Sample(results =>
        {
            var json = JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["MetricDataResults"] = results.Select(r => new Dictionary<string, object>
                {
                    ["Id"] = r.Id,
                    ["StatusCode"] = "Complete",
                    // SDK integrations render times as ISO 8601 strings.
                    ["Timestamps"] = r.Times.Select(t => DateTimeOffset.FromUnixTimeMilliseconds(t).ToString("O")).ToArray(),
                    ["Values"] = r.Values,
                }).ToArray(),
            });
            using var document = JsonDocument.Parse(json);

            var parsed = GetMetricDataParser.Parse(document.RootElement);
            var reading = DmsLagReading.From(parsed);

            Assert.Equal(results.Select(r => r.Values), parsed.Select(p => p.Values.ToArray()));
            Assert.Equal(results.Select(r => r.Times), parsed.Select(p => p.Timestamps.Select(t => t.ToUnixTimeMilliseconds()).ToArray()));
            var lags = results.Where(r => r.Id != "other").SelectMany(r => r.Values).ToArray();
            Assert.Equal(lags.Length == 0 ? null : lags.Max() * 1000, reading.MaxMilliseconds);
        });
    }

    [Fact]
    public void Parse_AnyBatchJob_DurationIsStoppedMinusStarted()
    {
        Gen.Select(EpochMs, Gen.Long[0, 3_600_000], Gen.Long[0, 3_600_000], Gen.OneOfConst("SUCCEEDED", "FAILED")).Sample(t =>
        {
            var (created, wait, run, status) = t;
            var json = $$"""{"JobId":"j","Status":"{{status}}","CreatedAt":{{created}},"StartedAt":{{created + wait}},"StoppedAt":{{created + wait + run}}}""";
            using var document = JsonDocument.Parse(json);

            var job = BatchJobParser.Parse(document.RootElement).Single();

            Assert.Equal(TimeSpan.FromMilliseconds(run), job.Duration);
            Assert.Equal(TimeSpan.FromMilliseconds(wait), job.QueueWait);
            Assert.Equal(status == BatchJob.Succeeded, job.HasSucceeded);
        });
    }

    [Fact]
    public void Parse_AnyJsonInPlaceOfAField_ParsesOrThrowsInvalidData()
    {
        var anyValue = Gen.OneOfConst("null", "true", "1", "-5", "1e300", "\"x\"", "\"2026-11-28T10:00:00Z\"", "[]", "[1]", "[\"a\"]", "{}", "{\"Id\":1}");
        var field = Gen.OneOfConst("MetricDataResults", "Id", "Timestamps", "Values", "StatusCode", "JobId", "Status", "StartedAt", "StoppedAt", "Jobs");
        Gen.Select(field, anyValue, Gen.Bool).Sample(t =>
        {
            var (name, value, nested) = t;
            var json = nested
                ? $$"""{"MetricDataResults":[{"Id":"a","Timestamps":[],"Values":[],"{{name}}":{{value}}}],"JobId":"j","Status":"S","{{name}}":{{value}}}"""
                : $$"""{"{{name}}":{{value}}}""";
            using var document = JsonDocument.Parse(json);

            foreach (var parse in new Action[] { () => GetMetricDataParser.Parse(document.RootElement), () => BatchJobParser.Parse(document.RootElement) })
            {
                var error = Record.Exception(parse);
                Assert.True(error is null or InvalidDataException, $"{json}: {error}");
            }
        });
    }
}
