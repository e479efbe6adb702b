using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Users.Contracts;
using CaliFlow.Modules.Users.Persistence;
using CaliFlow.Modules.Users.Profiles;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Users.Features.UpdateProfile;

internal sealed class UpdateProfileHandler(UsersDbContext db, CacheInvalidation cache)
    : ICommandHandler<UpdateProfileCommand, Result<ProfileResponse>>
{
    public async ValueTask<Result<ProfileResponse>> Handle(UpdateProfileCommand command, CancellationToken cancellationToken)
    {
        var profile = await db.Users
            .Where(u => u.Id == command.UserId)
            .Select(u => u.Profile)
            .SingleOrDefaultAsync(cancellationToken);
        if (profile is null)
        {
            return Error.NotFound("user_not_found", "The account no longer exists.");
        }

        profile.Level = command.Level ?? profile.Level;
        profile.Goals = command.Goals?.Distinct().ToList() ?? profile.Goals;
        profile.Equipment = command.Equipment?.Distinct().ToList() ?? profile.Equipment;
        profile.TrainingDaysPerWeek = command.TrainingDaysPerWeek ?? profile.TrainingDaysPerWeek;
        profile.PreferredWeekdays = command.PreferredWeekdays?.Distinct().Order().ToList() ?? profile.PreferredWeekdays;
        profile.SessionMinutes = command.SessionMinutes ?? profile.SessionMinutes;
        profile.TimeZone = command.TimeZone ?? profile.TimeZone;
        profile.UnitSystem = command.UnitSystem ?? profile.UnitSystem;
        profile.DateOfBirth = command.DateOfBirth ?? profile.DateOfBirth;
        profile.Sex = command.Sex ?? profile.Sex;
        profile.HeightCm = command.HeightCm ?? Metric(command.HeightIn, 2.54m) ?? profile.HeightCm;
        profile.WeightKg = command.WeightKg ?? Metric(command.WeightLb, 0.45359237m) ?? profile.WeightKg;
        profile.DailyActivity = command.DailyActivity ?? profile.DailyActivity;
        profile.UnfinishedWorkouts = command.UnfinishedWorkouts ?? profile.UnfinishedWorkouts;

        db.Publish(new UserProfileUpdatedIntegrationEvent(command.UserId));
        cache.Invalidate(UsersCacheKeys.Me(command.UserId));
        await db.SaveChangesAsync(cancellationToken); // inside the command's transaction: stamps UpdatedAt for the response
        return ProfileResponse.From(profile);
    }

    /// <summary>An imperial amount in metric, to the 0.1 the profile stores.</summary>
    private static decimal? Metric(decimal? imperial, decimal factor) =>
        imperial is null ? null : Math.Round(imperial.Value * factor, 1, MidpointRounding.AwayFromZero);
}
