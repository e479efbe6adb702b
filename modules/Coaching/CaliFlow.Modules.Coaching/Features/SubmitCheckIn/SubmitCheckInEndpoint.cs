using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Coaching.CheckIns;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Coaching.Features.SubmitCheckIn;

internal sealed class SubmitCheckInEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/check-ins", async (SubmitCheckInCommand command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { UserId = user.Id }, cancellationToken))
                .ToHttpResult(s => s.Created
                    ? (IResult)TypedResults.Created($"/check-ins/{s.CheckIn.Id}", s.CheckIn)
                    : TypedResults.Ok(s.CheckIn)))
            .WithTags(CoachingRoutes.CheckInsTag)
            .WithSummary("Check in (sleep, energy, soreness, stress, motivation, difficulty 1-5; pain 0-10 by region); the plan adapts, each change with its reason.")
            .RequireAuthorization()
            .Produces<CheckInResponse>(StatusCodes.Status201Created)
            .Produces<CheckInResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
