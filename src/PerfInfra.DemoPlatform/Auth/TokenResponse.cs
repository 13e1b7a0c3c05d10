namespace PerfInfra.DemoPlatform.Auth;

/// <summary>An OAuth-shaped fake token: <c>{access_token, token_type, expires_in}</c>.</summary>
internal sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);
