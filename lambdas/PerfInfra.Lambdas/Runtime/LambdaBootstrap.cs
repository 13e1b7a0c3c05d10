namespace PerfInfra.Lambdas.Runtime;

/// <summary>
/// The custom-runtime loop: create the handler once (an exception there is an init error and ends the
/// process, so Lambda reports it), then next → handle → response | error, forever. A handler exception
/// fails only its invocation; the sandbox stays warm.
/// </summary>
internal sealed class LambdaBootstrap
{
    private readonly RuntimeApiClient _client;
    private readonly Func<ILambdaHandler> _createHandler;
    private readonly Action<string, string?> _setEnvironment;

    public LambdaBootstrap(RuntimeApiClient client, Func<ILambdaHandler> createHandler, Action<string, string?> setEnvironment)
    {
        _client = client;
        _createHandler = createHandler;
        _setEnvironment = setEnvironment;
    }

    /// <summary>Runs until <paramref name="stop"/> fires (tests) or forever (Lambda). Returns false after an init error.</summary>
    public async Task<bool> RunAsync(CancellationToken stop)
    {
        ILambdaHandler handler;
        try
        {
            handler = _createHandler();
        }
        catch (Exception e)
        {
            await _client.ReportInitErrorAsync(RuntimeError.From(e), stop);
            return false;
        }

        while (!stop.IsCancellationRequested)
        {
            Invocation invocation;
            try
            {
                invocation = await _client.NextAsync(stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }

            try
            {
                await InvokeOnceAsync(handler, invocation, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Stopped while posting the answer: the loop ends, as it would between invocations.
                break;
            }
        }

        return true;
    }

    internal async Task InvokeOnceAsync(ILambdaHandler handler, Invocation invocation, CancellationToken stop)
    {
        _setEnvironment(RuntimeApiDefaults.TraceIdVariable, invocation.TraceId);
        string response;
        try
        {
            response = await handler.HandleAsync(invocation, stop);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stop.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync($"{invocation.RequestId} {e.GetType().Name}: {e.Message}");
            await _client.ReportInvocationErrorAsync(invocation.RequestId, RuntimeError.From(e), stop);
            return;
        }

        await _client.RespondAsync(invocation.RequestId, response, stop);
    }
}
