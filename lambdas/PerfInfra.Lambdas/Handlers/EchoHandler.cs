using PerfInfra.Lambdas.Runtime;

namespace PerfInfra.Lambdas.Handlers;

/// <summary>
/// echo: returns its payload. No function is deployed with it; the local Lambda suite
/// (src/PerfInfra.LocalSuites/Lambda) invokes it to measure what the bootstrap itself costs — process
/// start, runtime init, one Runtime API round trip — with no handler work to blur cold against warm.
/// </summary>
internal sealed class EchoHandler : ILambdaHandler
{
    public Task<string> HandleAsync(Invocation invocation, CancellationToken cancellationToken) => Task.FromResult(invocation.Payload);
}
