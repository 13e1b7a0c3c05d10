namespace PerfInfra.Engine.Http;

/// <summary>
/// Where the secret for the auth header comes from: an environment variable or a file, never the
/// config itself. The value is read once at run start and never printed, logged or written.
/// Exactly one of <see cref="FromEnvironment"/> and <see cref="FromFile"/> is set.
/// </summary>
public sealed record AuthHeaderSource(string HeaderName, string? FromEnvironment, string? FromFile, string Prefix = "");
