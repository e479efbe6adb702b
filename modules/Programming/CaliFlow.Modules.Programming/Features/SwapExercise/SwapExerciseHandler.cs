using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Domain;
using CaliFlow.Modules.Programming.Persistence;
using CaliFlow.Modules.Programming.Sessions;
using CaliFlow.Modules.Users.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Programming.Features.SwapExercise;

internal sealed class SwapExerciseHandler(ProgrammingDbContext db, IExerciseCatalog exercises, IUsersQueries users, CacheInvalidation cache)
    : ICommandHandler<SwapExerciseCommand, Result<SessionResponse>>
{
    public async ValueTask<Result<SessionResponse>> Handle(SwapExerciseCommand command, CancellationToken cancellationToken)
    {
        var found = await db.FindChangeableAsync(command.UserId, command.SessionId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var session = found.Value;
        var slot = session.Exercises.SingleOrDefault(e => e.Id == command.SessionExerciseId);
        if (slot is null)
        {
            return Error.NotFound("session_exercise_not_found", "The session has no such exercise.");
        }

        var library = await exercises.GetLibraryAsync(cancellationToken);
        var replacement = library.Find(command.Exercise);
        if (replacement is null)
        {
            return Error.Validation("unknown_exercise", $"'{command.Exercise}' is not a live exercise in the library.", "exercise");
        }

        var current = (await exercises.GetByIdsAsync([slot.ExerciseId], cancellationToken)).SingleOrDefault();
        var neighbours = library.Progressions.Any(p =>
            (p.FromId == slot.ExerciseId && p.ToId == replacement.Id) || (p.ToId == slot.ExerciseId && p.FromId == replacement.Id));
        if (replacement.Id == slot.ExerciseId || (!neighbours && replacement.Pattern != slot.Pattern))
        {
            return Error.Validation(
                "not_a_substitute",
                $"'{replacement.Slug}' can replace '{slot.ExerciseSlug}' only as an easier or harder step of it or another '{slot.Pattern}' exercise.",
                "exercise");
        }

        var owned = (await users.GetProfileAsync(command.UserId, cancellationToken))?.Equipment ?? [];
        if (!replacement.DoableWith(owned))
        {
            var missing = replacement.Equipment.Except(owned).ToList();
            return Error.Validation(
                "equipment_missing", $"'{replacement.Slug}' needs equipment your profile does not list: {string.Join(", ", missing)}.", "exercise");
        }

        var fromIsHold = current?.Unit == ExerciseUnit.HoldSeconds;
        var oldExerciseId = slot.ExerciseId;
        slot.SwapTo(replacement, fromIsHold);
        if (command.ApplyToRemainingWeeks)
        {
            var later = await db.SessionExercises
                .Where(e => e.ExerciseId == oldExerciseId && db.Sessions.Any(s =>
                    s.Id == e.SessionId && s.PlanId == session.PlanId && s.Status == SessionStatus.Planned && s.ScheduledDate > session.ScheduledDate))
                .ToListAsync(cancellationToken);
            later.ForEach(e => e.SwapTo(replacement, fromIsHold));
        }

        cache.Invalidate(ProgrammingCacheKeys.Today(command.UserId));
        return SessionResponse.From(session);
    }
}
