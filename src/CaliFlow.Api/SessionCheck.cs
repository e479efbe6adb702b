using System.Security.Claims;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Users.Contracts;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace CaliFlow.Api;

/// <summary>
/// A token with a good signature and lifetime is still refused once its session has ended (signed out, password changed or
/// reset, role taken away, account deleted, refresh token reused, absolute end passed): Users answers, from Redis on the hot
/// path. The request then goes on unauthenticated and gets the same 401 problem as any other bad token.
/// </summary>
internal static class SessionCheck
{
    public static async Task OnTokenValidated(TokenValidatedContext context)
    {
        var principal = context.Principal;
        if (!Guid.TryParse(principal?.FindFirstValue(CaliFlowClaims.Subject), out var userId) ||
            !Guid.TryParse(principal.FindFirstValue(CaliFlowClaims.Session), out var sessionId) ||
            !await context.HttpContext.RequestServices.GetRequiredService<ISessionValidator>()
                .IsActiveAsync(sessionId, userId, context.HttpContext.RequestAborted))
        {
            context.Fail("The session has ended.");
        }
    }
}
