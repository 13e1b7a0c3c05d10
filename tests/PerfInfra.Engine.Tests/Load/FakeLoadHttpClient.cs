using System.Collections.Concurrent;
using PerfInfra.Engine.Http;

namespace PerfInfra.Engine.Tests.Load;

/// <summary>What the fake target does with one request: answer after <see cref="Delay"/>, or fail with <see cref="ErrorKind"/>.</summary>
/// <see cref="Throw"/> breaks the exchange's contract on purpose (it must report failures, not throw).
internal readonly record struct FakeResponse(TimeSpan Delay, string? ErrorKind = null, int StatusCode = 200, bool Throw = false);

/// <summary>
/// A target without a network: each request "takes" the delay its responder decides (from the step and
/// the time since the client was created), on the given clock. Counts what load models do to it.
/// </summary>
internal sealed class FakeLoadHttpClient : ILoadHttpClient
{
    private readonly Func<StepDefinition, TimeSpan, FakeResponse> _respond;
    private readonly long _createdAt;
    private int _inFlight;
    private int _maxInFlight;
    private int _opened;
    private int _disposed;
    private long _sent;

    public FakeLoadHttpClient(TimeProvider time, Func<StepDefinition, TimeSpan, FakeResponse> respond, Uri? baseUrl = null)
    {
        Time = time;
        _respond = respond;
        _createdAt = time.GetTimestamp();
        BaseUrl = baseUrl ?? new Uri("http://127.0.0.1:5080/");
    }

    public static FakeLoadHttpClient AnsweringAfter(TimeSpan delay) =>
        new(TimeProvider.System, (_, _) => new FakeResponse(delay));

    public TimeProvider Time { get; }

    public Uri BaseUrl { get; }

    public int InFlight => Volatile.Read(ref _inFlight);

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public int ExchangesOpened => Volatile.Read(ref _opened);

    public int ExchangesDisposed => Volatile.Read(ref _disposed);

    public long Sent => Interlocked.Read(ref _sent);

    public ConcurrentDictionary<string, long> SentByStep { get; } = new(StringComparer.Ordinal);

    public PreparedRequest Prepare(StepDefinition step) => new FakePreparedRequest(step);

    public IHttpExchange OpenExchange()
    {
        Interlocked.Increment(ref _opened);
        return new Exchange(this);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed class FakePreparedRequest(StepDefinition step) : PreparedRequest(step);

    private sealed class Exchange(FakeLoadHttpClient owner) : IHttpExchange
    {
        public async ValueTask<HttpOutcome> SendAsync(PreparedRequest request, CancellationToken cancellationToken)
        {
            var time = owner.Time;
            var sent = time.GetTimestamp();
            var response = owner._respond(request.Step, time.GetElapsedTime(owner._createdAt));
            Interlocked.Increment(ref owner._sent);
            owner.SentByStep.AddOrUpdate(request.Step.Name, 1, (_, n) => n + 1);
            if (response.Throw)
            {
                await Task.Yield();
                throw new InvalidOperationException("fake exchange broke its contract");
            }

            var inFlight = Interlocked.Increment(ref owner._inFlight);
            Engine.Load.InterlockedMax.Update(ref owner._maxInFlight, inFlight);
            try
            {
                if (response.Delay > TimeSpan.Zero)
                {
                    await Task.Delay(response.Delay, time, cancellationToken);
                }
            }
            finally
            {
                Interlocked.Decrement(ref owner._inFlight);
            }

            return new HttpOutcome(
                response.ErrorKind is null ? response.StatusCode : 0,
                response.ErrorKind,
                ResponseBytes: 0,
                sent,
                time.GetTimestamp());
        }

        public ValueTask DisposeAsync()
        {
            Interlocked.Increment(ref owner._disposed);
            return ValueTask.CompletedTask;
        }
    }
}
