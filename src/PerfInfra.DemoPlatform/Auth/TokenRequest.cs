namespace PerfInfra.DemoPlatform.Auth;

/// <summary>Body of POST /api/auth/token.</summary>
internal sealed record TokenRequest(string? Username, string? Password);
