using System.Globalization;
using System.Xml.Linq;

namespace PerfInfra.Engine.Reporting;

/// <summary>
/// junit.xml for CI systems: one testsuite per suite, one testcase per threshold; a failed threshold
/// is a &lt;failure&gt; whose message says measured vs limit. A run that ended early adds an error case,
/// so CI never shows green for a partial run. A threshold this host cannot measure is &lt;skipped&gt;.
/// </summary>
public static class JUnitReportWriter
{
    public static string Write(RunReport report)
    {
        var suites = new XElement("testsuites",
            new XAttribute("name", "perfinfra"),
            new XAttribute("tests", report.Thresholds.Count),
            new XAttribute("failures", report.Thresholds.Count(Failed)),
            new XAttribute("skipped", report.Thresholds.Count(t => t.NotMeasured)),
            new XAttribute("time", F(report.DurationSeconds)));

        foreach (var group in report.Thresholds.GroupBy(t => t.Suite))
        {
            var suite = new XElement("testsuite",
                new XAttribute("name", group.Key),
                new XAttribute("tests", group.Count()),
                new XAttribute("failures", group.Count(Failed)),
                new XAttribute("errors", 0),
                new XAttribute("skipped", group.Count(t => t.NotMeasured)),
                new XAttribute("timestamp", report.StartedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)));
            foreach (var t in group)
            {
                var testCase = new XElement("testcase",
                    new XAttribute("classname", $"perfinfra.{t.Scope.Replace('/', '.')}"),
                    new XAttribute("name", t.Expression),
                    new XAttribute("time", "0"));
                if (t.NotMeasured)
                {
                    // Skipped, never passed: CI shows it apart from both.
                    testCase.Add(new XElement("skipped", new XAttribute("message", t.Reason ?? "not measured")));
                }
                else if (!t.Passed)
                {
                    var measured = t.Measured is { } m ? F(m) : "no samples";
                    testCase.Add(new XElement("failure",
                        new XAttribute("message", $"{t.Expression} failed: measured {measured} {t.Unit}, limit {F(t.Limit)} {t.Unit}"),
                        new XAttribute("type", "threshold"),
                        t.Reason ?? string.Empty));
                }

                suite.Add(testCase);
            }

            suites.Add(suite);
        }

        if (report.Verdict is "partial" or "error")
        {
            suites.Add(new XElement("testsuite",
                new XAttribute("name", "run"),
                new XAttribute("tests", 1),
                new XAttribute("failures", 0),
                new XAttribute("errors", 1),
                new XElement("testcase",
                    new XAttribute("classname", "perfinfra.run"),
                    new XAttribute("name", "run completed"),
                    new XElement("error", new XAttribute("message", report.VerdictReason), new XAttribute("type", report.Verdict)))));
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), suites).Declaration + "\n" + suites + "\n";
    }

    private static bool Failed(ThresholdReport t) => !t.Passed && !t.NotMeasured;

    private static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
