namespace PerfInfra.Engine.Http;

/// <summary>
/// A step turned into what goes on the wire, built once before the run so the hot path only copies
/// bytes. Produced by <see cref="ILoadHttpClient.Prepare"/>; opaque to load models.
/// </summary>
public abstract class PreparedRequest
{
    protected PreparedRequest(StepDefinition step) => Step = step;

    public StepDefinition Step { get; }
}
