namespace PerfInfra.LocalSuites.Lambda;

/// <summary>
/// How one invocation went under the local Runtime API: the response or the error the runtime posted,
/// and when the event was handed to the runtime (<c>/next</c>) and answered, as
/// <see cref="TimeProvider.GetTimestamp"/> values.
/// </summary>
internal sealed record LocalInvocationOutcome(string RequestId, string? Response, string? ErrorType, string? ErrorBody, long DeliveredAt, long AnsweredAt)
{
    public bool Failed => ErrorType is not null;
}
