using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Progress.LiveWorkouts;
using CaliFlow.Modules.Progress.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.GetNextSet;

internal sealed class GetNextSetHandler(ProgressDbContext db, IProgrammingQueries programming, IExerciseCatalog exercises)
    : IQueryHandler<GetNextSetQuery, Result<NextSetResponse>>
{
    public async ValueTask<Result<NextSetResponse>> Handle(GetNextSetQuery query, CancellationToken cancellationToken)
    {
        var live = await db.LiveWorkouts.AsNoTracking().Include(l => l.Sets)
            .SingleOrDefaultAsync(l => l.Id == query.LiveWorkoutId && l.UserId == query.UserId, cancellationToken);
        if (live is null)
        {
            return ProgressErrors.LiveWorkoutNotFound;
        }

        if (live.IsFinished)
        {
            return ProgressErrors.LiveWorkoutFinished;
        }

        var prescription = live.SessionId is { } sessionId ? await programming.GetSessionAsync(query.UserId, sessionId, cancellationToken) : null;
        var plan = NextSetPlanner.Plan(prescription, live.Changes, [.. live.Sets.Select(DoneSet.From)]);
        return NextSetResponse.From(live.Id, plan, await exercises.GetLibraryAsync(cancellationToken));
    }
}
