using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Library;
using CaliFlow.Modules.Exercises.Responses;
using Mediator;

namespace CaliFlow.Modules.Exercises.Features.GetProgressions;

internal sealed class GetProgressionsHandler(LibraryReader library) : IQueryHandler<GetProgressionsQuery, Result<ProgressionChain>>
{
    public async ValueTask<Result<ProgressionChain>> Handle(GetProgressionsQuery query, CancellationToken cancellationToken)
    {
        var snapshot = await library.GetAsync(cancellationToken);
        var exercise = snapshot.Find(query.IdOrSlug);
        if (exercise is null)
        {
            return ExerciseErrors.NotFound(query.IdOrSlug);
        }

        var harder = ProgressionGraph.Distances(snapshot.Progressions.ToLookup(p => p.FromId, p => p.ToId), exercise.Id);
        var easier = ProgressionGraph.Distances(snapshot.Progressions.ToLookup(p => p.ToId, p => p.FromId), exercise.Id);
        var inChain = harder.Keys.Concat(easier.Keys).Append(exercise.Id).ToHashSet();

        return new ProgressionChain(
            ExerciseSummary.From(exercise),
            Steps(snapshot, easier),
            Steps(snapshot, harder),
            [.. snapshot.Progressions
                .Where(p => inChain.Contains(p.FromId) && inChain.Contains(p.ToId))
                .Select(p => new ProgressionEdge(p.Id, snapshot.ById[p.FromId].Slug, snapshot.ById[p.ToId].Slug, p.Rule))]);
    }

    private static List<ChainStep> Steps(LibrarySnapshot snapshot, IReadOnlyDictionary<Guid, int> distances) =>
        [.. distances
            .Select(d => new ChainStep(d.Value, ExerciseSummary.From(snapshot.ById[d.Key])))
            .OrderBy(s => s.Distance).ThenBy(s => s.Exercise.Difficulty).ThenBy(s => s.Exercise.Slug, StringComparer.Ordinal)];
}
