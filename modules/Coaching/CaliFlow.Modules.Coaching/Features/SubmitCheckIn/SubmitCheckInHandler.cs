using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Coaching.Autoregulation;
using CaliFlow.Modules.Coaching.CheckIns;
using CaliFlow.Modules.Coaching.Contracts;
using CaliFlow.Modules.Coaching.Domain;
using CaliFlow.Modules.Coaching.Persistence;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Progress.Contracts;
using CaliFlow.Modules.Users.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Coaching.Features.SubmitCheckIn;

/// <summary>
/// Stores the check-in, decides the plan changes (<see cref="AutoregulationRules"/>) and publishes them with the check-in in
/// the same transaction; Programming applies them to the sessions still to do.
/// </summary>
internal sealed class SubmitCheckInHandler(
    CoachingDbContext db,
    IUsersQueries users,
    IProgressQueries progress,
    IProgrammingQueries programming,
    TimeProvider time) : ICommandHandler<SubmitCheckInCommand, Result<SubmittedCheckIn>>
{
    public async ValueTask<Result<SubmittedCheckIn>> Handle(SubmitCheckInCommand command, CancellationToken cancellationToken)
    {
        if (command.Id is { } id && await db.CheckIns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) is { } earlier)
        {
            return earlier.UserId == command.UserId
                ? new SubmittedCheckIn(CheckInResponse.From(earlier), false)
                : Error.Conflict("check_in_id_taken", "That id is already used; send another (or none).");
        }

        var today = LocalClock.Today(time, (await users.GetProfileAsync(command.UserId, cancellationToken))?.TimeZone ?? "UTC");
        if (await db.CheckIns.AnyAsync(c => c.UserId == command.UserId && c.Date == today, cancellationToken))
        {
            return CoachingErrors.CheckInExists(today);
        }

        var scores = new CheckInScores(
            command.Sleep!.Value, command.Energy!.Value, command.Soreness!.Value, command.Stress!.Value, command.Motivation!.Value, command.PerceivedDifficulty!.Value);
        var pain = command.Pain ?? [];
        var checkIn = CheckIn.Create(command.Id ?? Guid.CreateVersion7(), command.UserId, today, scores, command.BodyWeightKg, pain, command.Notes);

        var previous = await db.CheckIns.AsNoTracking()
            .Where(c => c.UserId == command.UserId && c.Date < today && c.Date >= today.AddDays(-14))
            .OrderByDescending(c => c.Date).FirstOrDefaultAsync(cancellationToken);
        var lastWeek = (await progress.GetTrainingSummaryAsync(command.UserId, 10, cancellationToken)).RecentWorkouts
            .Where(w => w.PerformedOn > today.AddDays(-7) && w.AverageRpe is not null).ToList();
        var week = await programming.GetCurrentWeekAsync(command.UserId, cancellationToken);
        var adjustments = AutoregulationRules.Decide(new AutoregulationInput(
            today,
            scores,
            checkIn.Pain,
            previous?.Scores,
            lastWeek.Count == 0 ? null : Math.Round(lastWeek.Average(w => w.AverageRpe!.Value), 1),
            week?.Deload ?? false));
        checkIn.Decided(adjustments);

        db.CheckIns.Add(checkIn);
        db.Publish(new CheckInSubmittedIntegrationEvent(command.UserId, checkIn.Id, today));
        foreach (var a in adjustments)
        {
            db.Publish(new PlanAdjustmentRequestedIntegrationEvent(command.UserId, checkIn.Id, a.Kind, a.Pattern, a.Reason, a.EffectiveFrom, a.EffectiveUntil));
        }

        return new SubmittedCheckIn(CheckInResponse.From(checkIn), true);
    }
}
