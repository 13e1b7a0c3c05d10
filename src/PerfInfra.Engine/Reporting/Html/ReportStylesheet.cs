namespace PerfInfra.Engine.Reporting.Html;

/// <summary>
/// The report's only stylesheet, inlined so the file stands alone. Colours are CSS variables shared by
/// tables, legends and SVG strokes; a dark scheme follows the reader's system setting; tables scroll
/// sideways on a phone instead of squeezing numbers.
/// </summary>
internal static class ReportStylesheet
{
    public const string Css = """
:root{--bg:#fff;--fg:#1d2330;--muted:#5f6b7a;--line:#dfe3ea;--panel:#f6f8fb;--pass:#1f7a3d;--fail:#c62828;--partial:#b26a00;--error:#6d1b7b;
--c-p50:#2e7d32;--c-p95:#ef6c00;--c-p99:#c62828;--c-rps:#1565c0;--c-err:#c62828;--c-total:#1d2330;
--c-s1:#1565c0;--c-s2:#8e24aa;--c-s3:#00897b;--c-s4:#ef6c00;--c-s5:#6d4c41;--c-s6:#d81b60}
@media (prefers-color-scheme:dark){:root{--bg:#12161d;--fg:#e6e9ef;--muted:#9aa5b4;--line:#2c3440;--panel:#1a2029;--c-total:#e6e9ef;--c-p50:#66bb6a;--c-rps:#64b5f6;--c-s1:#64b5f6}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:1180px;margin:0 auto;padding:16px}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.2rem;margin:1.6rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
.sub,.muted{color:var(--muted)}
nav{display:flex;flex-wrap:wrap;gap:.3rem .9rem;margin:.8rem 0;font-size:.9rem}nav a{color:inherit}
.verdict{border-radius:8px;padding:12px 16px;color:#fff;margin:12px 0}
.verdict .word{font-size:1.6rem;font-weight:700;letter-spacing:.04em}
.verdict p{margin:.3rem 0}.verdict ul{margin:.3rem 0 0;padding-left:1.2rem}
.verdict-pass{background:var(--pass)}.verdict-fail{background:var(--fail)}.verdict-partial{background:var(--partial)}.verdict-error{background:var(--error)}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;font-size:.9rem;font-variant-numeric:tabular-nums}
th,td{padding:4px 8px;border-bottom:1px solid var(--line);text-align:right;white-space:nowrap;vertical-align:top}
th:first-child,td:first-child,td.text,th.text{text-align:left}
td.text{white-space:normal}
thead th{background:var(--panel);position:sticky;top:0}
tr.fail td.result,.regressed{color:var(--fail);font-weight:600}tr.pass td.result{color:var(--pass)}
tr.not-measured td.result,p.not-measured{color:var(--partial)}
tr.scenario td:first-child{padding-left:18px}tr.step td:first-child{padding-left:34px;color:var(--muted)}tr.total td{font-weight:600}tr.service td{color:var(--muted);font-style:italic;border-bottom-style:dashed}
.delta{display:block;font-size:.75rem;color:var(--muted)}.delta.worse{color:var(--partial)}.delta.better{color:var(--pass)}.delta.regressed{color:var(--fail)}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,400px),1fr));gap:12px}
figure{margin:0;background:var(--panel);border-radius:6px;padding:8px}
figcaption{font-size:.85rem;display:flex;flex-wrap:wrap;gap:.2rem .8rem}figcaption b{width:100%}
.key{display:inline-block;width:14px;height:3px;vertical-align:middle;margin-right:4px;background:var(--fg)}
svg.chart{width:100%;height:auto;display:block}
svg .grid line{stroke:var(--line);stroke-width:1}svg text{fill:var(--muted);font-size:11px}svg .axis-title{fill:var(--fg)}
svg .series{fill:none;stroke-width:1.6;stroke-linejoin:round}svg .dashed{stroke-dasharray:5 3}
.s-p50{stroke:var(--c-p50)}.key.s-p50{background:var(--c-p50)}
.s-p95{stroke:var(--c-p95)}.key.s-p95{background:var(--c-p95)}
.s-p99{stroke:var(--c-p99)}.key.s-p99{background:var(--c-p99)}
.s-rps{stroke:var(--c-rps)}.key.s-rps{background:var(--c-rps)}
.s-err{stroke:var(--c-err)}.key.s-err{background:var(--c-err)}
.s-total{stroke:var(--c-total)}.key.s-total{background:var(--c-total)}
.s-baseline{stroke:var(--muted)}.key.s-baseline{background:repeating-linear-gradient(90deg,var(--muted) 0 5px,transparent 5px 8px)}
.s-step1{stroke:var(--c-s1)}.key.s-step1{background:var(--c-s1)}
.s-step2{stroke:var(--c-s2)}.key.s-step2{background:var(--c-s2)}
.s-step3{stroke:var(--c-s3)}.key.s-step3{background:var(--c-s3)}
.s-step4{stroke:var(--c-s4)}.key.s-step4{background:var(--c-s4)}
.s-step5{stroke:var(--c-s5)}.key.s-step5{background:var(--c-s5)}
.s-step6{stroke:var(--c-s6)}.key.s-step6{background:var(--c-s6)}
.bar{display:inline-block;height:8px;background:var(--c-err);border-radius:2px;vertical-align:middle}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}dl.meta dt{color:var(--muted)}dl.meta dd{margin:0;overflow-wrap:anywhere}
pre{background:var(--panel);padding:10px;border-radius:6px;overflow-x:auto;font-size:.82rem}
footer{margin:2rem 0 1rem;font-size:.8rem;color:var(--muted)}
@media (max-width:600px){main{padding:10px}body{font-size:14px}.verdict .word{font-size:1.3rem}}
""";
}
