using CaliFlow.Modules.Exercises.Library;
using Mediator;

namespace CaliFlow.Modules.Exercises.Features.ListMovementPatterns;

internal sealed class ListMovementPatternsHandler(LibraryReader library)
    : IQueryHandler<ListMovementPatternsQuery, IReadOnlyList<MovementPatternResponse>>
{
    public async ValueTask<IReadOnlyList<MovementPatternResponse>> Handle(
        ListMovementPatternsQuery query, CancellationToken cancellationToken)
    {
        var snapshot = await library.GetAsync(cancellationToken);
        var counts = snapshot.Live.CountBy(e => e.Pattern).ToDictionary();
        return [.. snapshot.Patterns.Select(p =>
            new MovementPatternResponse(p.Slug, p.Name, p.Description, p.SortOrder, counts.GetValueOrDefault(p.Slug)))];
    }
}
