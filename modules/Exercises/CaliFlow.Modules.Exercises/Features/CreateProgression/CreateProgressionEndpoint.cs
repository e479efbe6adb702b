using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Exercises.Responses;
using CaliFlow.Modules.Users.Contracts;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Exercises.Features.CreateProgression;

internal sealed class CreateProgressionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/progressions", async (CreateProgressionCommand command, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command, cancellationToken)).ToHttpResult(e => TypedResults.Created($"{ApiPrefix.V1}/progressions/{e.Id}", e)))
            .WithTags(ExercisesRoutes.AdminTag)
            .WithSummary("Add a progression edge (admins): the harder step must be harder, and no loops.")
            .WithDescription(
                "Admin role required (403 otherwise); from and to take an exercise id or slug (404 when unknown), and the rule is " +
                "measured on the easier exercise, so it needs reps or holdSeconds to match that exercise's unit (400 otherwise). 409 " +
                "also when the edge already exists or touches a retired exercise. Adding a retired edge again brings it back under its " +
                "old id with the new rule; readers see it within about five seconds.")
            .RequireAuthorization(UsersPolicies.Admin)
            .Produces<ProgressionEdge>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
