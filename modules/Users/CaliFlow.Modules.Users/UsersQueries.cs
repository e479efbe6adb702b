using CaliFlow.Modules.Users.Contracts;
using CaliFlow.Modules.Users.Domain;
using CaliFlow.Modules.Users.Persistence;
using CaliFlow.Modules.Users.Subscriptions;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Users;

/// <summary>The Users module's answers to other modules (<see cref="IUsersQueries"/>), read-only.</summary>
internal sealed class UsersQueries(UsersDbContext db, SubscriptionReader subscriptions, TimeProvider time) : IUsersQueries
{
    public async Task<UserProfileSnapshot?> GetProfileAsync(Guid userId, CancellationToken cancellationToken) =>
        await Snapshots(db.Users.AsNoTracking().Where(u => u.Id == userId)).SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, UserProfileSnapshot>> GetProfilesAsync(
        IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken) =>
        await Snapshots(db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))).ToDictionaryAsync(p => p.UserId, cancellationToken);

    private static IQueryable<UserProfileSnapshot> Snapshots(IQueryable<User> users) =>
        users.Select(u => new UserProfileSnapshot(
            u.Id, u.Profile.Level, u.Profile.Goals, u.Profile.Equipment, u.Profile.TrainingDaysPerWeek,
            u.Profile.PreferredWeekdays, u.Profile.SessionMinutes, u.Profile.TimeZone, u.Profile.WeightKg,
            u.Profile.UnitSystem, u.Profile.Sex, u.Profile.DateOfBirth, u.Profile.HeightCm, u.Profile.DailyActivity));

    public async Task<SubscriptionPlan> GetSubscriptionPlanAsync(Guid userId, CancellationToken cancellationToken) =>
        (await subscriptions.FindAsync(userId, cancellationToken))?.EffectivePlan(time.GetUtcNow()) ?? SubscriptionPlan.Free;
}
