using System.Globalization;
using System.Text;
using PerfInfra.Engine.Reporting.Baseline;
using PerfInfra.Engine.Reporting.Html.Charts;

namespace PerfInfra.Engine.Reporting.Html;

/// <summary>
/// report.html: one self-contained page (inline CSS and SVG, no script, a Content-Security-Policy that
/// forbids every fetch) that works from file:// and as an S3 object, on a laptop or a phone. Reads only
/// the report model, so the CLI and the AOT report Lambda render the same page from the same report.json.
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>No script, no fetch, no frame: the page can only show what it carries.</summary>
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    private const double PercentPerRatio = 100;

    /// <summary>The banner names this many problems; the tables below hold the rest.</summary>
    private const int BannerItems = 8;

    /// <summary>
    /// Renders <paramref name="report"/>. With <paramref name="baseline"/> (the report its
    /// <see cref="RunReport.Baseline"/> comparison was made against) each scenario's percentile
    /// spectrum also shows the baseline's curve, dashed; deltas come from the comparison either way.
    /// </summary>
    public static string Write(RunReport report, RunReport? baseline = null)
    {
        var page = new Page(report, baseline);
        return page.Render();
    }

    /// <summary>One rendering: holds the report, the delta and baseline lookups, and the output buffer.</summary>
    private sealed class Page(RunReport report, RunReport? baseline)
    {
        private readonly Dictionary<string, MeasurementReport> _baselineScopes = baseline is null
            ? []
            : BaselineComparer.Scopes(baseline).GroupBy(s => s.Scope).ToDictionary(g => g.Key, g => g.First().Measurements);

        private readonly StringBuilder _html = new(capacity: 64 * 1024);
        private readonly Dictionary<(string Scope, string Metric), MetricDelta> _deltas = report.Baseline?.Deltas
            .GroupBy(d => (d.Scope, d.Metric)).ToDictionary(g => g.Key, g => g.First()) ?? [];

        public string Render()
        {
            Head();
            Append("<body><main>");
            Header();
            VerdictBanner();
            Navigation();
            Thresholds();
            PreflightSection();
            BaselineSection();
            for (var i = 0; i < report.Suites.Count; i++)
            {
                Suite(i, report.Suites[i]);
            }

            RunMetadataSection();
            ConfigSection();
            Append(string.Create(CultureInfo.InvariantCulture,
                $"<footer>PerfInfra {E(report.Metadata.EngineVersion)} · report.json schema_version {report.SchemaVersion} · latency covers successful requests; percentiles come from merged HdrHistograms (µs, 3 significant digits).</footer>"));
            Append("</main></body></html>\n");
            return _html.ToString();
        }

        private void Head()
        {
            var title = $"PerfInfra {report.Verdict.ToUpperInvariant()} — {report.Metadata.Target} — {Time(report.StartedAt)}";
            Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
            Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
            Append($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">");
            Append("<meta name=\"color-scheme\" content=\"light dark\">");
            Append($"<title>{E(title)}</title><style>{ReportStylesheet.Css}</style></head>");
        }

        private void Header()
        {
            var m = report.Metadata;
            Append($"<header><h1>PerfInfra report</h1><div class=\"sub\">{E(m.Target)} · {E(Time(report.StartedAt))} → {E(Time(report.EndedAt))} ({E(N(report.DurationSeconds))} s) · profile {E(m.Profile)}</div></header>");
        }

        private void VerdictBanner()
        {
            var verdict = report.Verdict;
            Append($"<section id=\"verdict\" class=\"verdict verdict-{A(verdict)}\" data-verdict=\"{A(verdict)}\">");
            var failed = report.Thresholds.Where(t => !t.Passed && !t.NotMeasured).ToList();
            var regressed = report.Baseline?.Deltas.Where(d => d.Regressed).ToList() ?? [];

            // A plain "fail" is fully explained by the list below, so the headline only counts; any other
            // verdict (partial, error, an abort) says something the list cannot, so its reason is shown whole.
            var countsOnly = verdict == "fail" && failed.Count + regressed.Count > 0 && !report.VerdictReason.StartsWith("aborted", StringComparison.Ordinal);
            var headline = countsOnly
                ? string.Join(" · ", new[]
                {
                    failed.Count > 0 ? $"{failed.Count} of {report.Thresholds.Count} thresholds failed" : null,
                    regressed.Count > 0 ? $"{regressed.Count} regression(s) beyond tolerance vs baseline" : null,
                }.OfType<string>())
                : report.VerdictReason;
            Append($"<div class=\"word\">{E(verdict.ToUpperInvariant())}</div><p>{E(headline)}</p>");
            if (failed.Count + regressed.Count > 0)
            {
                var items = failed.Select(t => $"{E(t.Scope)} <code>{E(t.Expression)}</code>: {E(Shortfall(t))}")
                    .Concat(regressed.Select(d => $"{E(d.Scope)} {E(d.Metric)} regressed {E(ComparisonFormatting.Change(d))} vs baseline (tolerance {E(d.Tolerance)})"))
                    .ToList();
                Append("<ul>");
                foreach (var item in items.Take(BannerItems))
                {
                    Append($"<li>{item}</li>");
                }

                if (items.Count > BannerItems)
                {
                    Append($"<li>and {items.Count - BannerItems} more: see the thresholds and baseline tables</li>");
                }

                Append("</ul>");
            }

            Append("</section>");
        }

        private void Navigation()
        {
            Append("<nav><a href=\"#thresholds\">Thresholds</a>");
            if (report.Baseline is not null)
            {
                Append("<a href=\"#baseline\">Baseline</a>");
            }

            for (var i = 0; i < report.Suites.Count; i++)
            {
                Append($"<a href=\"#suite-{i}\">Suite {E(report.Suites[i].Name)}</a>");
            }

            Append("<a href=\"#run\">Run</a><a href=\"#config\">Config</a></nav>");
        }

        private void Thresholds()
        {
            Append("<section id=\"thresholds\"><h2>Thresholds</h2>");
            if (report.Thresholds.Count == 0)
            {
                Append("<p class=\"muted\">No thresholds were judged.</p></section>");
                return;
            }

            Append("<div class=\"scroll\"><table class=\"thresholds\"><thead><tr><th class=\"text\">Suite</th><th class=\"text\">Scope</th><th class=\"text\">Threshold</th><th>Measured</th><th>Margin</th><th>Result</th></tr></thead><tbody>");
            foreach (var t in report.Thresholds)
            {
                var measured = t.Measured is { } v ? ReportFormatting.Display(v, t.Unit) : t.Reason ?? "no samples";
                var margin = t.Margin is { } g ? ReportFormatting.SignedDisplay(g, t.Unit) : "—";
                var result = t.NotMeasured ? "– not measured" : t.Passed ? "✔ pass" : "✘ fail";
                var css = t.NotMeasured ? "not-measured" : t.Passed ? "pass" : "fail";
                Append($"<tr class=\"{css}\" data-passed=\"{(t.Passed ? "true" : "false")}\"{(t.NotMeasured ? " data-not-measured=\"true\"" : string.Empty)}><td class=\"text\">{E(t.Suite)}</td><td class=\"text\">{E(t.Scope)}</td><td class=\"text\"><code>{E(t.Expression)}</code>{(t.AbortOnFail ? " <span class=\"muted\">(abort on fail)</span>" : string.Empty)}</td><td>{E(measured)}</td><td>{E(margin)}</td><td class=\"result\">{result}</td></tr>");
            }

            Append("</tbody></table></div></section>");
        }

        private void PreflightSection()
        {
            if (report.Preflight is not { } preflight)
            {
                return;
            }

            Append($"<section id=\"preflight\" data-mode=\"{A(preflight.Mode)}\"><h2>Preflight <span class=\"muted\">— mode {E(preflight.Mode)}</span></h2>");
            Append("<div class=\"scroll\"><table class=\"preflight\"><thead><tr><th class=\"text\">Check</th><th class=\"text\">Expected</th><th class=\"text\">Found</th><th class=\"text\">Note</th><th>Result</th></tr></thead><tbody>");
            foreach (var c in preflight.Checks)
            {
                var css = c.Status switch { "pass" => "pass", "fail" => "fail", _ => "not-measured" };
                Append($"<tr class=\"{css}\" data-status=\"{A(c.Status)}\"><td class=\"text\">{E(c.Name)}</td><td class=\"text\">{E(c.Expected)}</td><td class=\"text\">{E(c.Actual)}</td><td class=\"text\">{E(c.Reason)}</td><td class=\"result\">{E(c.Status)}</td></tr>");
            }

            Append("</tbody></table></div></section>");
        }

        private void BaselineSection()
        {
            if (report.Baseline is not { } c)
            {
                return;
            }

            var t = c.Tolerances;
            var gate = c.GateEnabled ? (c.GateFailed ? "<b class=\"regressed\">regression gate failed</b>" : "regression gate passed") : "regression gate off";
            Append("<section id=\"baseline\"><h2>Compared with baseline</h2>");
            Append($"<p>Baseline <code>{E(c.BaselineSource)}</code>, started {E(Time(c.BaselineStartedAt))}, verdict {E(c.BaselineVerdict)}, config <code>{E(Short(c.BaselineConfigSha256))}</code>{(c.BaselineConfigSha256 == report.Metadata.ConfigSha256 ? " (same config)" : " (different config)")}. {gate}.</p>");
            Append($"<p class=\"muted\">Tolerances: avg/p95/p99 +{E(N(t.LatencyIncreasePercent))}%, error rate +{E(N(t.ErrorRateIncreasePoints))} pp, rps −{E(N(t.RpsDecreasePercent))}%. Every metric's change is shown under its value in the suite tables.</p>");
            var regressed = c.Deltas.Where(d => d.Regressed).ToList();
            if (regressed.Count == 0)
            {
                Append("<p data-regressions=\"0\">No regressions beyond tolerance.</p></section>");
                return;
            }

            Append($"<p data-regressions=\"{regressed.Count}\"><b class=\"regressed\">{regressed.Count} regression(s) beyond tolerance</b></p>");
            Append("<div class=\"scroll\"><table class=\"regressions\"><thead><tr><th class=\"text\">Scope</th><th class=\"text\">Metric</th><th>Baseline</th><th>Current</th><th>Change</th><th>Tolerance</th></tr></thead><tbody>");
            foreach (var d in regressed)
            {
                Append($"<tr class=\"fail\"><td class=\"text\">{E(d.Scope)}</td><td class=\"text\">{E(d.Metric)}</td><td>{E(ComparisonFormatting.Value(d.Baseline, d.Unit))}</td><td>{E(ComparisonFormatting.Value(d.Current, d.Unit))}</td><td class=\"regressed\">{E(ComparisonFormatting.Change(d))}</td><td>{E(d.Tolerance)}</td></tr>");
            }

            Append("</tbody></table></div></section>");
        }

        private void Suite(int index, SuiteReport suite)
        {
            Append($"<section class=\"suite\" id=\"suite-{index}\" data-suite=\"{A(suite.Name)}\"><h2>Suite {E(suite.Name)} <span class=\"muted\">— {E(suite.Status.Replace('_', ' '))}</span></h2>");
            if (suite.Note is not null)
            {
                Append($"<p class=\"muted\">{E(suite.Note)}</p>");
            }

            if (suite.Source is not null)
            {
                Append($"<p class=\"muted source\">Measured on: {E(suite.Source)}</p>");
            }

            MeasuredSuite(suite);
            if (suite.Totals is null)
            {
                Append("</section>");
                return;
            }

            MeasurementTable(suite);
            for (var s = 0; s < suite.Scenarios.Count; s++)
            {
                Scenario($"c{index}-{s}", suite, suite.Scenarios[s]);
            }

            Append("</section>");
        }

        /// <summary>The Athena, pipeline and Lambda suites: series statistics, values, operations, not-measured series, tables.</summary>
        private void MeasuredSuite(SuiteReport suite)
        {
            if (suite.Series.Count > 0)
            {
                Append("<div class=\"scroll\"><table class=\"series\"><thead><tr><th class=\"text\">Scope</th><th class=\"text\">Series</th><th>n</th><th>min</th><th>avg</th><th>p50</th><th>p90</th><th>p95</th><th>p99</th><th>max</th></tr></thead><tbody>");
                foreach (var s in suite.Series)
                {
                    var scope = s.Scope is null ? suite.Name : $"{suite.Name}/{s.Scope}";
                    Append($"<tr class=\"{(s.Scope is null ? "total" : "scenario")}\" data-scope=\"{A(scope)}\" data-series=\"{A(s.Series)}\"><td class=\"text\">{E(s.Scope ?? "all")}</td><td class=\"text\">{E(s.Series)}</td><td>{s.Count.ToString(CultureInfo.InvariantCulture)}</td>");
                    foreach (var v in (double[])[s.Min, s.Avg, s.P50, s.P90, s.P95, s.P99, s.Max])
                    {
                        Append($"<td>{E(ReportFormatting.Display(v, s.Unit))}</td>");
                    }

                    Append("</tr>");
                }

                Append("</tbody></table></div>");
            }

            if (suite.Values.Count > 0 || suite.Operations is not null)
            {
                Append("<dl class=\"meta values\">");
                foreach (var v in suite.Values)
                {
                    Meta(v.Scope is null ? v.Series : $"{v.Scope} {v.Series}", ReportFormatting.Display(v.Value, v.Unit));
                }

                if (suite.Operations is { } ops)
                {
                    var kinds = ops.FailuresByKind.Count == 0 ? string.Empty : " (" + string.Join(", ", ops.FailuresByKind.Select(e => $"{e.Key} {e.Value}")) + ")";
                    Meta("Operations", $"{ops.Total} run, {ops.Failed} failed{kinds}");
                }

                Append("</dl>");
            }

            foreach (var n in suite.NotMeasured)
            {
                Append($"<p class=\"not-measured\" data-not-measured=\"{A(n.Series)}\">– <code>{E(n.Series)}</code> not measured: {E(n.Reason)}</p>");
            }

            foreach (var table in suite.Tables)
            {
                Append($"<h3>{E(table.Title)}</h3><div class=\"scroll\"><table class=\"details\"><thead><tr>");
                foreach (var c in table.Columns)
                {
                    Append($"<th class=\"text\">{E(c)}</th>");
                }

                Append("</tr></thead><tbody>");
                foreach (var row in table.Rows)
                {
                    Append("<tr>");
                    foreach (var cell in row)
                    {
                        Append($"<td class=\"text\">{E(cell)}</td>");
                    }

                    Append("</tr>");
                }

                Append("</tbody></table></div>");
                if (table.Note is not null)
                {
                    Append($"<p class=\"muted\">{E(table.Note)}</p>");
                }
            }
        }

        private void MeasurementTable(SuiteReport suite)
        {
            Append("<div class=\"scroll\"><table class=\"measurements\"><thead><tr><th class=\"text\">Scope</th><th>Requests</th><th>Errors</th><th>Error rate</th><th>rps</th><th>min</th><th>avg</th><th>p50</th><th>p90</th><th>p95</th><th>p99</th><th>p99.9</th><th>max</th></tr></thead><tbody>");
            Row("total", suite.Name, suite.Name, suite.Totals!);
            foreach (var scenario in suite.Scenarios)
            {
                var scope = $"{suite.Name}/{scenario.Name}";
                Row("scenario", scenario.Name, scope, scenario.Measurements);
                foreach (var step in scenario.Steps)
                {
                    Row("step", $"› {step.Name}", $"{scope}/{step.Name}", step.Measurements);
                }
            }

            Append("</tbody></table></div><p class=\"muted\">Latency in ms.</p>");
        }

        private void Row(string kind, string label, string scope, MeasurementReport m)
        {
            Append($"<tr class=\"{kind}\" data-scope=\"{A(scope)}\"><td class=\"text\">{E(label)}</td><td>{m.Requests.ToString(CultureInfo.InvariantCulture)}</td><td>{m.Errors.ToString(CultureInfo.InvariantCulture)}</td>");
            Cell(N(m.ErrorRate * PercentPerRatio) + "%", scope, "error_rate");
            Cell(N(m.Rps), scope, "rps");
            var l = m.LatencyMs;
            Cell(l is null ? "—" : N(l.Min), scope, "min");
            Cell(l is null ? "—" : N(l.Avg), scope, "avg");
            Cell(l is null ? "—" : N(l.P50), scope, "p50");
            Cell(l is null ? "—" : N(l.P90), scope, "p90");
            Cell(l is null ? "—" : N(l.P95), scope, "p95");
            Cell(l is null ? "—" : N(l.P99), scope, "p99");
            Cell(l is null ? "—" : N(l.P999), scope, "p999");
            Cell(l is null ? "—" : N(l.Max), scope, "max");
            Append("</tr>");
            if (m.ServiceTimeMs is { } st)
            {
                // Open models: latency above is measured from the intended send time (coordinated
                // omission corrected); this row is the uncorrected service time, for comparison.
                Append($"<tr class=\"service\" data-scope=\"{A(scope)}\"><td class=\"text\">service time (uncorrected)</td><td></td><td></td><td></td><td></td>");
                foreach (var v in (double[])[st.Min, st.Avg, st.P50, st.P90, st.P95, st.P99, st.P999, st.Max])
                {
                    Append($"<td>{E(N(v))}</td>");
                }

                Append("</tr>");
            }
        }

        private void Cell(string value, string scope, string metric)
        {
            Append($"<td>{E(value)}");
            if (_deltas.TryGetValue((scope, metric), out var d) && d.Baseline is not null)
            {
                var css = d.Regressed ? "regressed" : ComparisonFormatting.Direction(d) switch { > 0 => "worse", < 0 => "better", _ => "same" };
                Append($"<small class=\"delta {css}\" title=\"baseline {A(ComparisonFormatting.Value(d.Baseline, d.Unit))}\">{E(ComparisonFormatting.Change(d))}</small>");
            }

            Append("</td>");
        }

        private void Scenario(string id, SuiteReport suite, ScenarioReport scenario)
        {
            Append($"<article class=\"scenario\" data-scenario=\"{A(scenario.Name)}\"><h3>{E(suite.Name)} / {E(scenario.Name)}</h3><div class=\"charts\">");
            Figure(ScenarioCharts.LatencyOverTime($"{id}-latency", scenario));
            Figure(ScenarioCharts.ThroughputOverTime($"{id}-throughput", scenario));
            var lines = new List<SpectrumLine> { new(scenario.Name, "s-total", scenario.Measurements.LatencyHistogram) };
            if (scenario.Steps.Count > 1)
            {
                lines.AddRange(scenario.Steps.Select((s, i) => new SpectrumLine(s.Name, ScenarioCharts.StepClass(i), s.Measurements.LatencyHistogram)));
            }

            if (_baselineScopes.TryGetValue($"{suite.Name}/{scenario.Name}", out var before) && before.LatencyHistogram.Length > 0)
            {
                lines.Add(new SpectrumLine($"{scenario.Name} (baseline)", "s-baseline", before.LatencyHistogram, Dashed: true));
            }

            Figure(ScenarioCharts.Spectrum($"{id}-spectrum", $"{scenario.Name}: latency by percentile", lines));
            Append("</div>");
            ErrorsByKind(scenario);
            Append("</article>");
        }

        private void Figure(LineChart chart)
        {
            Append("<figure>");
            Append(SvgLineChart.Render(chart));
            Append($"<figcaption><b>{E(chart.Title)}</b>");
            foreach (var s in chart.Series)
            {
                Append($"<span><i class=\"key {A(s.CssClass)}\"></i>{E(s.Name)}</span>");
            }

            Append("</figcaption></figure>");
        }

        private void ErrorsByKind(ScenarioReport scenario)
        {
            var kinds = scenario.Measurements.ErrorsByKind;
            if (kinds.Count == 0)
            {
                Append("<p class=\"muted errors-none\">No errors.</p>");
                return;
            }

            var total = Math.Max(kinds.Values.Sum(), 1);
            Append("<div class=\"scroll\"><table class=\"errors\"><thead><tr><th class=\"text\">Error kind</th><th>Count</th><th>Share</th><th class=\"text\"></th></tr></thead><tbody>");
            foreach (var (kind, count) in kinds.OrderByDescending(k => k.Value).ThenBy(k => k.Key, StringComparer.Ordinal))
            {
                var share = (double)count / total * PercentPerRatio;
                Append($"<tr data-kind=\"{A(kind)}\"><td class=\"text\"><code>{E(kind)}</code></td><td>{count.ToString(CultureInfo.InvariantCulture)}</td><td>{E(N(share))}%</td><td class=\"text\"><span class=\"bar\" style=\"width:{share.ToString("0.#", CultureInfo.InvariantCulture)}px\"></span></td></tr>");
            }

            Append("</tbody></table></div>");
        }

        private void RunMetadataSection()
        {
            var m = report.Metadata;
            Append("<section id=\"run\"><h2>Run</h2><dl class=\"meta\">");
            Meta("Target", m.Target);
            Meta("Load model", m.LoadModel);
            Meta("Users", m.Users.ToString(CultureInfo.InvariantCulture));
            Meta("Rate", m.RatePerSecond is { } r ? N(r) + "/s" : "—");
            Meta("Planned duration", N(m.PlannedDurationSeconds) + " s");
            Meta("Started", Time(report.StartedAt));
            Meta("Ended", Time(report.EndedAt) + $" ({N(report.DurationSeconds)} s)");
            Meta("Iterations", $"{m.StartedIterations} started of {m.PlannedIterations} planned; {m.DelayedIterations} delayed (concurrency cap); peak concurrency {m.PeakConcurrency}");
            Meta("Profile", m.Profile);
            Meta("Config file", m.ConfigFile);
            Meta("Config SHA-256", m.ConfigSha256);
            Meta("Engine version", m.EngineVersion);
            Meta("Host", m.Host);
            Append("</dl></section>");
        }

        private void Meta(string name, string value) => Append($"<dt>{E(name)}</dt><dd>{E(value)}</dd>");

        private void ConfigSection()
        {
            Append("<section id=\"config\"><h2>Config that ran</h2>");
            if (report.Metadata.ConfigText is { } text)
            {
                // Redacted again here: a report written by an older or third-party producer may not have.
                Append($"<details><summary>{E(report.Metadata.ConfigFile)} (secrets redacted)</summary><pre>{E(ConfigRedactor.Redact(text))}</pre></details>");
            }
            else
            {
                Append($"<p class=\"muted\">The config text was not recorded in this report; its SHA-256 is <code>{E(report.Metadata.ConfigSha256)}</code>.</p>");
            }

            Append("</section>");
        }

        private static string Shortfall(ThresholdReport t)
        {
            if (t.Measured is not { } measured)
            {
                return t.Reason ?? "no samples";
            }

            var text = $"measured {ReportFormatting.Display(measured, t.Unit)}, limit {ReportFormatting.Display(t.Limit, t.Unit)}";
            if (t.Margin is { } margin && margin < 0)
            {
                text += $", off by {ReportFormatting.Display(-margin, t.Unit)}";
                if (t.Limit != 0)
                {
                    text += $" ({N(-margin / Math.Abs(t.Limit) * PercentPerRatio)}% of the limit)";
                }
            }

            return text;
        }

        private void Append(string text) => _html.Append(text);

        private static string E(string? text) => HtmlText.Encode(text);

        private static string A(string? text) => HtmlText.Attribute(text);

        private static string N(double v) => ReportFormatting.Number(v);

        private static string Short(string sha) => sha.Length > 12 ? sha[..12] : sha;

        private static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + "Z";
    }
}
