namespace PerfInfra.Lambdas.Planning;

/// <summary>
/// The execution input or the deployed config cannot run; the message lists every problem. Its type
/// name is the Step Functions error the Catch routes to the report step.
/// </summary>
internal sealed class PlanRejectedException : Exception, Runtime.IExpectedError
{
    public PlanRejectedException(IEnumerable<string> problems)
        : base("the run was rejected: " + string.Join("; ", problems))
    {
    }

    public PlanRejectedException()
    {
    }

    public PlanRejectedException(string message)
        : base(message)
    {
    }

    public PlanRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
