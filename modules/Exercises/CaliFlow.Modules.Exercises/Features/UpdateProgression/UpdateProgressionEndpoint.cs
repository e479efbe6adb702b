using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Exercises.Responses;
using CaliFlow.Modules.Users.Contracts;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Exercises.Features.UpdateProgression;

internal sealed class UpdateProgressionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPut("/progressions/{id:guid}", async (Guid id, UpdateProgressionCommand command, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { ProgressionId = id }, cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(ExercisesRoutes.AdminTag)
            .WithSummary("Change the unlock rule of a progression edge (admins).")
            .WithDescription(
                "Admin role required (403 otherwise); the body is { rule } and replaces the whole rule, which needs reps or holdSeconds " +
                "to match the easier exercise's unit (400 otherwise), and an unknown id answers 404. The ends of an edge cannot change: " +
                "retire it and add another. Readers see the change within about five seconds.")
            .RequireAuthorization(UsersPolicies.Admin)
            .Produces<ProgressionEdge>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
