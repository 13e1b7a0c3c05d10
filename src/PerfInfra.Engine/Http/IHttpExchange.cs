namespace PerfInfra.Engine.Http;

/// <summary>
/// One keep-alive connection to the target, used by one caller at a time (a virtual user, or an
/// in-flight open-model iteration). Reconnects by itself when the server closed the connection.
/// Never throws for request failures: they come back as an <see cref="HttpOutcome"/> with an error kind.
/// Throws <see cref="OperationCanceledException"/> only when <c>cancellationToken</c> fires.
/// </summary>
public interface IHttpExchange : IAsyncDisposable
{
    ValueTask<HttpOutcome> SendAsync(PreparedRequest request, CancellationToken cancellationToken);
}
