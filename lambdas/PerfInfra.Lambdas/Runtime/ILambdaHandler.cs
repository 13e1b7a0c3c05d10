namespace PerfInfra.Lambdas.Runtime;

/// <summary>
/// A function body: JSON in, JSON out. An exception becomes the invocation's error (its type name is
/// the errorType that Step Functions' Retry and Catch match on).
/// </summary>
internal interface ILambdaHandler
{
    Task<string> HandleAsync(Invocation invocation, CancellationToken cancellationToken);
}
