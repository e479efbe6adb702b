using CaliFlow.Modules.Users.Contracts;
using CaliFlow.Modules.Users.Persistence;
using CaliFlow.Modules.Users.Subscriptions;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Users;

/// <summary>The Users module's answers to other modules (<see cref="IUsersQueries"/>), read-only.</summary>
internal sealed class UsersQueries(UsersDbContext db, SubscriptionReader subscriptions, TimeProvider time) : IUsersQueries
{
    public async Task<UserProfileSnapshot?> GetProfileAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new UserProfileSnapshot(
                u.Id, u.Profile.Level, u.Profile.Goals, u.Profile.Equipment, u.Profile.TrainingDaysPerWeek,
                u.Profile.PreferredWeekdays, u.Profile.SessionMinutes, u.Profile.TimeZone, u.Profile.WeightKg,
                u.Profile.UnitSystem, u.Profile.Sex, u.Profile.DateOfBirth, u.Profile.HeightCm, u.Profile.DailyActivity))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<SubscriptionPlan> GetSubscriptionPlanAsync(Guid userId, CancellationToken cancellationToken) =>
        (await subscriptions.FindAsync(userId, cancellationToken))?.EffectivePlan(time.GetUtcNow()) ?? SubscriptionPlan.Free;
}
