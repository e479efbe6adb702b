using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Progress.LiveWorkouts;
using CaliFlow.Modules.Progress.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.GetLiveWorkout;

internal sealed class GetLiveWorkoutHandler(ProgressDbContext db, IExerciseCatalog exercises)
    : IQueryHandler<GetLiveWorkoutQuery, Result<LiveWorkoutResponse>>
{
    public async ValueTask<Result<LiveWorkoutResponse>> Handle(GetLiveWorkoutQuery query, CancellationToken cancellationToken)
    {
        var mine = db.LiveWorkouts.AsNoTracking().Include(l => l.Sets).Where(l => l.UserId == query.UserId);
        var live = query.LiveWorkoutId is { } id
            ? await mine.SingleOrDefaultAsync(l => l.Id == id, cancellationToken)
            : await mine.SingleOrDefaultAsync(l => l.FinishedAt == null, cancellationToken);
        if (live is null)
        {
            return query.LiveWorkoutId is null ? ProgressErrors.NoLiveWorkout : ProgressErrors.LiveWorkoutNotFound;
        }

        return LiveWorkoutResponse.From(live, await exercises.GetLibraryAsync(cancellationToken));
    }
}
