using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Users.Contracts;
using CaliFlow.Modules.Users.Profiles;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Users.Features.UpdateProfile;

internal sealed class UpdateProfileEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPatch("/me/profile", async (UpdateProfileCommand command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { UserId = user.Id }, cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(UsersRoutes.MeTag)
            .WithSummary("Change the training profile; only the fields sent are changed.")
            .WithRequestExample(new UpdateProfileCommand(
                Level: TrainingLevel.Beginner,
                Goals: [TrainingGoal.Strength, TrainingGoal.Skills],
                Equipment: [Equipment.PullUpBar, Equipment.Wall],
                TrainingDaysPerWeek: 3,
                PreferredWeekdays: [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday],
                SessionMinutes: 45,
                TimeZone: "Europe/Berlin",
                DateOfBirth: new DateOnly(1994, 5, 17),
                Sex: Sex.Female,
                HeightCm: 168m,
                WeightKg: 61.5m,
                DailyActivity: DailyActivity.Moderate))
            .WithDescription(
                "A null value leaves a field as it is, so dateOfBirth, sex, height and weight cannot be cleared once set; the answer is " +
                "the whole profile. Height and weight may come as heightIn and weightLb instead of heightCm and weightKg (not both) and " +
                "are stored metric; out-of-range values or a timeZone that is not an IANA name answer 400 with field errors. Nutrition " +
                "targets are recalculated from the new profile shortly afterwards.")
            .RequireAuthorization()
            .Produces<ProfileResponse>()
            .ProducesValidationProblem();
}
