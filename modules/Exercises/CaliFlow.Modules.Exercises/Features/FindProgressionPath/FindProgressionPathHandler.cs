using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Library;
using CaliFlow.Modules.Exercises.Responses;
using Mediator;

namespace CaliFlow.Modules.Exercises.Features.FindProgressionPath;

internal sealed class FindProgressionPathHandler(LibraryReader library)
    : IQueryHandler<FindProgressionPathQuery, Result<ProgressionPath>>
{
    public async ValueTask<Result<ProgressionPath>> Handle(FindProgressionPathQuery query, CancellationToken cancellationToken)
    {
        var snapshot = await library.GetAsync(cancellationToken);
        var from = snapshot.Find(query.From!);
        var to = snapshot.Find(query.To!);
        if (from is null || to is null)
        {
            return ExerciseErrors.NotFound(from is null ? query.From! : query.To!);
        }

        var harder = snapshot.Progressions.ToLookup(p => p.FromId, p => p.ToId);
        var path = ProgressionGraph.ShortestPath(harder, from.Id, to.Id);
        if (path is null)
        {
            var detail = ProgressionGraph.Reaches(harder, to.Id, from.Id)
                ? $"'{to.Slug}' is easier than '{from.Slug}': it comes before it in the progression, not after."
                : $"No progression leads from '{from.Slug}' to '{to.Slug}': they are on different chains.";
            return Error.NotFound("no_progression_path", detail);
        }

        var edges = snapshot.Progressions.ToDictionary(p => (p.FromId, p.ToId));
        return new ProgressionPath(
            [.. path.Select(id => ExerciseSummary.From(snapshot.ById[id]))],
            [.. path.Zip(path.Skip(1), (a, b) => edges[(a, b)])
                .Select(p => new ProgressionEdge(p.Id, snapshot.ById[p.FromId].Slug, snapshot.ById[p.ToId].Slug, p.Rule))]);
    }
}
