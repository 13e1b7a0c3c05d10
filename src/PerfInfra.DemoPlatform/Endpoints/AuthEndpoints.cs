using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PerfInfra.DemoPlatform.Auth;
using PerfInfra.DemoPlatform.Http;
using PerfInfra.DemoPlatform.Latency;
using PerfInfra.DemoPlatform.Randomness;
using PerfInfra.DemoPlatform.Serialization;

namespace PerfInfra.DemoPlatform.Endpoints;

/// <summary>POST /api/auth/token — any non-blank username and password get a fake bearer token.</summary>
internal sealed class AuthEndpoints(LatencySimulator latency, IRandomSource random)
{
    private const string TokenPrefix = "demo.";
    private const string BearerTokenType = "Bearer";

    public void Map(IEndpointRouteBuilder routes) => routes.MapPost("/api/auth/token", IssueTokenAsync);

    private async Task IssueTokenAsync(HttpContext context)
    {
        var (request, error) = await JsonResponses.ReadAsync(context, DemoPlatformJsonContext.Default.TokenRequest);
        if (request is null)
        {
            await JsonResponses.WriteErrorAsync(context, StatusCodes.Status400BadRequest, error!);
            return;
        }

        if (string.IsNullOrWhiteSpace(request.Username) || string.IsNullOrWhiteSpace(request.Password))
        {
            await JsonResponses.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "Fields 'username' and 'password' are required and must not be blank.");
            return;
        }

        await latency.DelayAsync(RouteClass.Auth, context.RequestAborted);
        var bytes = new byte[DemoPlatformDefaults.TokenRandomBytes];
        random.NextBytes(bytes);
        var token = new TokenResponse(TokenPrefix + Convert.ToHexStringLower(bytes), BearerTokenType, DemoPlatformDefaults.TokenLifetimeSeconds);
        await JsonResponses.WriteAsync(context, StatusCodes.Status200OK, token, DemoPlatformJsonContext.Default.TokenResponse);
    }
}
