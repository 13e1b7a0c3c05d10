namespace PerfInfra.Lambdas.Contracts;

/// <summary>Which suites the execution runs; the state machine's Parallel branches read these flags.</summary>
internal sealed record SuiteSelection(bool Api, bool Athena, bool Pipeline, bool Lambda)
{
    /// <summary>The requested suites' names (a method: not part of the JSON).</summary>
    public IEnumerable<string> Names() =>
        new[] { (Planning.RunPlanner.ApiSuite, Api), (Planning.RunPlanner.AthenaSuite, Athena), (Planning.RunPlanner.PipelineSuite, Pipeline), (Planning.RunPlanner.LambdaSuite, Lambda) }
            .Where(s => s.Item2)
            .Select(s => s.Item1);
}
