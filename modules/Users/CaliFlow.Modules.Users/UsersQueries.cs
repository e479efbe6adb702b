using System.Linq.Expressions;
using CaliFlow.Modules.Users.Contracts;
using CaliFlow.Modules.Users.Domain;
using CaliFlow.Modules.Users.Persistence;
using CaliFlow.Modules.Users.Subscriptions;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Users;

/// <summary>The Users module's answers to other modules (<see cref="IUsersQueries"/>), read-only.</summary>
internal sealed class UsersQueries(UsersDbContext db, SubscriptionReader subscriptions, TimeProvider time) : IUsersQueries
{
    private static readonly Expression<Func<User, UserProfileSnapshot>> Snapshot = u => new UserProfileSnapshot(
        u.Id, u.Profile.Level, u.Profile.Goals, u.Profile.Equipment, u.Profile.TrainingDaysPerWeek,
        u.Profile.PreferredWeekdays, u.Profile.SessionMinutes, u.Profile.TimeZone, u.Profile.WeightKg,
        u.Profile.UnitSystem, u.Profile.Sex, u.Profile.DateOfBirth, u.Profile.HeightCm, u.Profile.DailyActivity,
        u.Profile.UnfinishedWorkouts);

    // Compiled: asked on nearly every write, where building and matching the query's expression tree cost more than running it.
    private static readonly Func<UsersDbContext, Guid, CancellationToken, Task<UserProfileSnapshot?>> ProfileById =
        EF.CompileAsyncQuery((UsersDbContext db, Guid userId, CancellationToken _) =>
            db.Users.AsNoTracking().Where(u => u.Id == userId).Select(Snapshot).SingleOrDefault());

    public Task<UserProfileSnapshot?> GetProfileAsync(Guid userId, CancellationToken cancellationToken) =>
        ProfileById(db, userId, cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, UserProfileSnapshot>> GetProfilesAsync(
        IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(Snapshot).ToDictionaryAsync(p => p.UserId, cancellationToken);

    public async Task<SubscriptionPlan> GetSubscriptionPlanAsync(Guid userId, CancellationToken cancellationToken) =>
        (await subscriptions.FindAsync(userId, cancellationToken))?.EffectivePlan(time.GetUtcNow()) ?? SubscriptionPlan.Free;
}
