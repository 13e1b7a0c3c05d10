namespace PerfInfra.Engine.Config;

/// <summary>
/// The config (or the command-line overrides applied to it) is invalid. <see cref="Errors"/> holds
/// every problem found, not just the first; the message lists them one per line.
/// </summary>
public sealed class ConfigException : Exception
{
    public ConfigException(IReadOnlyList<ConfigError> errors)
        : base(string.Join(Environment.NewLine, errors.Select(e => e.ToString())))
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("a config exception needs at least one error", nameof(errors));
        }

        Errors = errors;
    }

    public IReadOnlyList<ConfigError> Errors { get; }
}
