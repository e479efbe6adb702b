using CaliFlow.BuildingBlocks.Mcp;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Coaching;
using CaliFlow.Modules.Exercises;
using CaliFlow.Modules.Programming;
using CaliFlow.Modules.Progress;
using CaliFlow.Modules.Users.Contracts;
using FluentValidation;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace CaliFlow.Api;

/// <summary>
/// The MCP server for AI assistants at <c>/mcp</c> (streamable HTTP, stateless, so any instance answers any call). It signs in
/// with a personal access token only; each module's tools send the HTTP API's own mediator requests for the token's user, and
/// the filter here lets a tool run only when the token holds the scope the tool names.
/// </summary>
internal static class McpEndpoint
{
    public const string Path = "/mcp";
    public const string Policy = "access-token";

    public static void AddCaliFlowMcp(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .RequireAuthenticatedUser()
            .RequireClaim(CaliFlowClaims.AccessToken));
        services.AddMcpServer(o => o.ServerInfo = new Implementation { Name = "CaliFlow", Version = "1.0.0" })
            .WithHttpTransport(o => o.Stateless = true)
            .WithToolsFromAssembly(typeof(ProgrammingModule).Assembly)
            .WithToolsFromAssembly(typeof(ExercisesModule).Assembly)
            .WithToolsFromAssembly(typeof(ProgressModule).Assembly)
            .WithToolsFromAssembly(typeof(CoachingModule).Assembly)
            .WithRequestFilters(filters => filters.AddCallToolFilter(next => async (context, cancellationToken) =>
            {
                var tool = context.MatchedPrimitive as McpServerTool;
                var scope = tool?.Metadata.OfType<RequiresScopeAttribute>().FirstOrDefault()?.Scope;
                var grant = context.Services?.GetRequiredService<IHttpContextAccessor>().HttpContext?.Features.Get<AccessTokenGrant>();
                if (scope is null || grant is null || !grant.Scopes.Contains(scope))
                {
                    return Refusal(scope is null
                        ? "This tool is not open to access tokens."
                        : $"This access token lacks the {scope} scope; create a token with it in the app's settings.");
                }

                try
                {
                    var result = await next(context, cancellationToken);
                    // As over HTTP, a change is audited when it was made: a tool's failure throws past this.
                    if (tool!.ProtocolTool.Annotations?.ReadOnlyHint != true && result.IsError != true)
                    {
                        await context.Services!.GetRequiredService<IAccessTokens>().RecordUseAsync(
                            grant, $"MCP tool {tool.ProtocolTool.Name}", CancellationToken.None);
                    }

                    return result;
                }
                catch (ValidationException invalid)
                {
                    // The HTTP API's 400: the same field errors, as the tool's error for the assistant to correct.
                    return Refusal(string.Join(" ", invalid.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")));
                }
            }));
    }

    public static void MapCaliFlowMcp(this IEndpointRouteBuilder app) =>
        app.MapMcp(Path)
            .RequireAuthorization(Policy)
            .WithMetadata(new AccessTokenScopeMetadata(null)) // any token; each tool's scope is checked above
            .ExcludeFromDescription();

    private static CallToolResult Refusal(string message) =>
        new() { IsError = true, Content = [new TextContentBlock { Text = message }] };
}
