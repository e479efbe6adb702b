using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Users.Contracts;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Platform.MigrationStatus.GetMigrations;

internal sealed class GetMigrationsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/system/migrations", async (ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetMigrationsQuery(), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(PlatformRoutes.AdminTag)
            .WithSummary("Each module's applied and pending database migrations. Admins only.")
            .WithDescription(
                "Signed-in callers without the admin role get 403. Read-only: lists migration names per database schema, and a " +
                "non-empty pending list means the database is behind the running code.")
            .RequireAuthorization(UsersPolicies.Admin)
            .Produces<IReadOnlyList<ModuleMigrations>>()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
