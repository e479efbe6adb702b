using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CaliFlow.BuildingBlocks.Persistence;

/// <summary>
/// Takes the PostgreSQL advisory locks the modules use, each named in <see cref="SubjectLock"/> or <see cref="SingleLock"/>.
/// The modules share one database and so one space of lock keys, where two locks on one key would make unrelated work wait on
/// each other. So each lock has a value of its own (within an enum the build refuses a repeat, CA1069; across them
/// AdvisoryLocksTests does), and no code outside this file takes an advisory lock (AdvisoryLocksTests checks that too).
/// </summary>
public static class AdvisoryLocks
{
    /// <summary>Takes <paramref name="lock"/> on one <paramref name="subject"/> until the current transaction ends.</summary>
    public static Task LockForTransactionAsync(
        this DatabaseFacade database, SubjectLock @lock, string subject, CancellationToken cancellationToken) =>
        database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({subject}, {(long)@lock}))", cancellationToken);

    /// <summary>
    /// Takes <paramref name="lock"/> on every one of <paramref name="subjects"/> until the current transaction ends, in the order
    /// of their keys, so two transactions locking overlapping sets cannot deadlock on them.
    /// </summary>
    public static Task LockAllForTransactionAsync(
        this DatabaseFacade database, SubjectLock @lock, IReadOnlyCollection<string> subjects, CancellationToken cancellationToken) =>
        database.ExecuteSqlAsync(
            $"SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT DISTINCT hashtextextended(s, {(long)@lock}) AS k FROM unnest({subjects.ToArray()}) AS s ORDER BY k) AS keys",
            cancellationToken);

    /// <summary>Takes <paramref name="lock"/> until the current transaction ends.</summary>
    public static Task LockForTransactionAsync(this DatabaseFacade database, SingleLock @lock, CancellationToken cancellationToken) =>
        database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({(long)@lock})", cancellationToken);
}

/// <summary>A lock per subject (a user, an address): its key is <c>hashtextextended(subject, value)</c>.</summary>
public enum SubjectLock : long
{
    /// <summary>Progress: one user's training stats, so a log written during a rebuild folds into the rebuilt row.</summary>
    ProgressUserStats = 4,

    /// <summary>Progress: one user's photo uploads, from the quota check to the commit.</summary>
    ProgressUserPhotos = 5,

    /// <summary>Nutrition: one user's target computations, so exactly one plan stays active.</summary>
    NutritionUserTargets = 8,

    /// <summary>Coaching: one user's coach requests, so two at once cannot both take the day's last allowance.</summary>
    CoachingUserRequests = 9,

    /// <summary>Gamification: one user's counting (counters and streaks are read, changed and written back).</summary>
    GamificationUserCounting = 10,

    /// <summary>Users: registrations of one normalized address, so the second waits and answers "taken" instead of a 409.</summary>
    UsersRegistrationAddress = 11,
}

/// <summary>A lock on one key for the whole database: its value is the key.</summary>
public enum SingleLock : long
{
    /// <summary>Nutrition: loading the shipped food table, one instance at a time.</summary>
    NutritionFoodSeeding = 0x6E75747269_01,

    /// <summary>Gamification: loading the shipped achievements, one instance at a time.</summary>
    GamificationAchievementSeeding = 0x67616D69_01,
}
