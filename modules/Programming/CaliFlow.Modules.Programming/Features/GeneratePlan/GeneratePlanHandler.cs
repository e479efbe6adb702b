using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Assessments;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Programming.Domain;
using CaliFlow.Modules.Programming.Persistence;
using CaliFlow.Modules.Programming.Planning;
using CaliFlow.Modules.Programming.Plans;
using CaliFlow.Modules.Users.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Programming.Features.GeneratePlan;

internal sealed class GeneratePlanHandler(
    ProgrammingDbContext db, IUsersQueries users, IExerciseCatalog exercises, CacheInvalidation cache, TimeProvider time)
    : ICommandHandler<GeneratePlanCommand, Result<PlanResponse>>
{
    public async ValueTask<Result<PlanResponse>> Handle(GeneratePlanCommand command, CancellationToken cancellationToken)
    {
        var profile = await users.GetProfileAsync(command.UserId, cancellationToken);
        if (profile is null)
        {
            return ProgrammingErrors.ProfileNotFound;
        }

        var library = await exercises.GetLibraryAsync(cancellationToken);
        var today = LocalClock.Today(time, profile.TimeZone);
        var start = command.StartDate ?? today;
        if (start < today || start > today.AddDays(GeneratePlanCommand.MaxDaysAhead))
        {
            return Error.Validation(
                "start_date_out_of_range", $"Start between today ({today:yyyy-MM-dd}, your time) and {GeneratePlanCommand.MaxDaysAhead} days ahead.", "startDate");
        }

        var skills = new List<string>();
        foreach (var (slug, index) in (command.TargetSkills ?? []).Select((s, i) => (s, i)))
        {
            if (library.Exercises.All(e => e.Slug != slug))
            {
                return Error.Validation("unknown_skill", $"'{slug}' is not an exercise in the library.", $"targetSkills[{index}]");
            }

            skills.Add(slug);
        }

        var variations = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var (pattern, idOrSlug) in command.CurrentVariations ?? [])
        {
            var exercise = library.Find(idOrSlug);
            if (exercise is null || exercise.Pattern != pattern)
            {
                return Error.Validation(
                    "unknown_variation", $"'{idOrSlug}' is not an exercise of the '{pattern}' pattern.", $"currentVariations.{pattern}");
            }

            variations[pattern] = exercise.Id;
        }

        // Patterns the request does not name start where the latest recent assessment placed them.
        var placements = await db.LatestPlacementsAsync(command.UserId, today, cancellationToken);
        foreach (var (pattern, exerciseId) in placements)
        {
            variations.TryAdd(pattern, exerciseId);
        }

        // As many weekdays as training days: the preferred ones, plus days picked to fit when they are fewer.
        var daysPerWeek = command.DaysPerWeek ?? profile.TrainingDaysPerWeek;
        var weekdays = TrainingWeekdays.Fit(command.PreferredWeekdays ?? profile.PreferredWeekdays, daysPerWeek);

        var request = new PlanRequest(
            profile.Level,
            profile.Goals,
            profile.Equipment,
            daysPerWeek,
            weekdays,
            command.SessionMinutes ?? profile.SessionMinutes,
            start,
            skills,
            variations,
            profile.DateOfBirth is { } born ? AgeOn(born, start) : null);
        var generated = PlanGenerator.Generate(request, library);

        var active = await db.Plans.SingleOrDefaultAsync(p => p.UserId == command.UserId && p.Status == PlanStatus.Active, cancellationToken);
        if (active is not null && active.Archive(time.GetUtcNow()))
        {
            db.Publish(new PlanArchivedIntegrationEvent(command.UserId, active.Id));
            await db.SaveChangesAsync(cancellationToken); // before the new active plan: one active plan per user at every moment
        }

        var plan = WorkoutPlan.From(command.UserId, profile.TimeZone, request, generated);
        db.Plans.Add(plan);
        db.Publish(new PlanCreatedIntegrationEvent(command.UserId, plan.Id, plan.StartDate, plan.EndDate));
        cache.Invalidate(ProgrammingCacheKeys.Today(command.UserId));
        await db.SaveChangesAsync(cancellationToken);
        return PlanResponse.From(plan, plan.Sessions);
    }

    private static int AgeOn(DateOnly born, DateOnly day) => day.Year - born.Year - (day < born.AddYears(day.Year - born.Year) ? 1 : 0);
}
