using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Coaching.Domain;
using CaliFlow.Modules.Coaching.Persistence;
using CaliFlow.Modules.Users.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Coaching.Coach;

/// <summary>
/// The one allowance for everything that makes the coach's provider work: messages, and weekly summaries and explanations
/// that the content cache does not hold. The same rules hold whatever the provider (the embedded coach included), so switching
/// providers changes nothing for users.
/// </summary>
internal sealed class CoachAllowance(CoachingDbContext db, IUsersQueries users, IOptions<CoachingOptions> options, TimeProvider time)
{
    private CoachingOptions Options => options.Value;

    /// <summary>
    /// Checks the burst limit and the day's allowance and stores the request (a question, or a content generation), in a short
    /// transaction of its own under a per-user lock: a stored request counts until it is marked failed before any output.
    /// Requests are counted by when they were asked on the API's clock (<paramref name="request"/> is given it), as the user's
    /// local day is.
    /// </summary>
    public async Task<Result<T>> ReserveAsync<T>(Guid userId, Func<DateTimeOffset, T> request, CancellationToken cancellationToken)
        where T : class
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockUserAsync(userId, cancellationToken);
        var now = time.GetUtcNow();
        var minuteAgo = now.AddMinutes(-1);
        // The burst limit counts every request, answered or not.
        var lastMinute =
            await db.Messages.CountAsync(m => m.UserId == userId && m.Role == CoachRole.User && m.RequestedAt > minuteAgo, cancellationToken) +
            await db.ContentGenerations.CountAsync(g => g.UserId == userId && g.RequestedAt > minuteAgo, cancellationToken);
        if (lastMinute >= Options.MessagesPerMinute)
        {
            return CoachingErrors.TooFast(Options.MessagesPerMinute);
        }

        var timeZone = (await users.GetProfileAsync(userId, cancellationToken))?.TimeZone ?? "UTC";
        var premium = await users.GetSubscriptionPlanAsync(userId, cancellationToken) == SubscriptionPlan.Premium;
        var allowance = premium ? Options.PremiumMessagesPerDay : Options.FreeMessagesPerDay;
        var midnight = now + LocalClock.UntilMidnight(time, timeZone);
        var dayStart = StartOfLocalDay(now, timeZone);
        var usedToday =
            await db.Messages.CountAsync(
                m => m.UserId == userId && m.Role == CoachRole.User && m.RequestedAt >= dayStart &&
                     (m.Status != CoachMessageStatus.Failed || m.CountedAt != null),
                cancellationToken) +
            await db.ContentGenerations.CountAsync(
                g => g.UserId == userId && g.RequestedAt >= dayStart && g.Status != ContentGenerationStatus.Failed,
                cancellationToken);
        if (usedToday >= allowance)
        {
            return CoachingErrors.AllowanceUsed(premium, allowance, midnight);
        }

        // A request the provider failed, or the client left, before any output is not counted above, but the provider may
        // still have worked on it: all requests of the day, counted or not, stop at a multiple of the allowance.
        var attempts = allowance * Options.AttemptsPerAllowedReply;
        var triedToday =
            await db.Messages.CountAsync(m => m.UserId == userId && m.Role == CoachRole.User && m.RequestedAt >= dayStart, cancellationToken) +
            await db.ContentGenerations.CountAsync(g => g.UserId == userId && g.RequestedAt >= dayStart, cancellationToken);
        if (triedToday >= attempts)
        {
            return CoachingErrors.AttemptsUsed(attempts, midnight);
        }

        var stored = request(now);
        db.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    private static DateTimeOffset StartOfLocalDay(DateTimeOffset now, string timeZone)
    {
        var zone = LocalClock.Zone(timeZone);
        var midnight = TimeZoneInfo.ConvertTime(now, zone).Date;
        while (zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(15);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(midnight, zone), TimeSpan.Zero);
    }
}
