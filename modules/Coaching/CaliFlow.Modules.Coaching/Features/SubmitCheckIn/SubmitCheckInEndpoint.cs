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
                    ? (IResult)TypedResults.Created($"{ApiPrefix.V1}/check-ins/{s.CheckIn.Id}", s.CheckIn)
                    : TypedResults.Ok(s.CheckIn)))
            .WithTags(CoachingRoutes.CheckInsTag)
            .WithSummary("Check in (sleep, energy, soreness, stress, motivation, difficulty 1-5; pain 0-10 by region); the plan adapts, each change with its reason.")
            .WithDescription(
                "Send a client-made UUID as id to make retries safe: the same id again answers 200 with the check-in stored first (201 the first " +
                "time), and an id another user has taken answers 409. One check-in a day in your time zone (409 for a second); pain keys are the " +
                "regions of GET /check-ins/due. The adjustments are applied to the planned sessions of your active plan shortly after, and the " +
                "check-in counts towards check-in achievements and the weekly check-in streak.")
            .RequireAuthorization()
            .Produces<CheckInResponse>(StatusCodes.Status201Created)
            .Produces<CheckInResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
