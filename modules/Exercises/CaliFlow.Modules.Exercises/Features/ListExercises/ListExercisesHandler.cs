using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Exercises.Library;
using CaliFlow.Modules.Exercises.Responses;
using CaliFlow.Modules.Users.Contracts;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CaliFlow.Modules.Exercises.Features.ListExercises;

// The Users queries (and their context) are taken only for myEquipment: every other read is answered from memory.
internal sealed class ListExercisesHandler(LibraryReader library, IServiceProvider services)
    : IQueryHandler<ListExercisesQuery, Result<EncodedJson>>
{
    public async ValueTask<Result<EncodedJson>> Handle(ListExercisesQuery query, CancellationToken cancellationToken)
    {
        var snapshot = await library.GetAsync(cancellationToken);
        if (query.Pattern is not null && snapshot.Patterns.All(p => p.Slug != query.Pattern))
        {
            return Error.Validation("unknown_pattern", $"'{query.Pattern}' is not a movement pattern; see GET /movement-patterns.", "pattern");
        }

        IReadOnlyCollection<Equipment>? equipment = null;
        if (query.MyEquipment)
        {
            var profile = await services.GetRequiredService<IUsersQueries>().GetProfileAsync(query.UserId, cancellationToken);
            equipment = profile?.Equipment ?? [];
        }
        else if (query.Equipment is { Count: > 0 })
        {
            equipment = [.. query.Equipment.Select(EnumNames<Equipment>.Parse)];
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            return EncodedJson.Encode(Page(snapshot, query, equipment)); // free text: too many questions to keep answers for
        }

        // Otherwise the page depends on nothing but the library and these filters, so one revision answers the same question
        // with the same bytes (the caller's equipment is already resolved).
        var question = string.Join('|', "list", query.Pattern, query.MinDifficulty, query.MaxDifficulty,
            equipment is null ? "*" : string.Join(',', equipment.Order()), query.Muscle, query.Limit, query.Cursor);
        return snapshot.Encoded(
            question, (snapshot, query, equipment), static state => EncodedJson.Encode(Page(state.snapshot, state.query, state.equipment)));
    }

    private static ExercisePage Page(LibrarySnapshot snapshot, ListExercisesQuery query, IReadOnlyCollection<Equipment>? equipment)
    {
        Muscle? muscle = query.Muscle is null ? null : EnumNames<Muscle>.Parse(query.Muscle);
        ExerciseCursor? after = ExerciseCursor.TryDecode(query.Cursor, out var cursor) ? cursor : null;

        var matches = snapshot.Live.Where(e =>
            (query.Pattern is null || e.Pattern == query.Pattern) &&
            (query.MinDifficulty is null || e.Difficulty >= query.MinDifficulty) &&
            (query.MaxDifficulty is null || e.Difficulty <= query.MaxDifficulty) &&
            (equipment is null || e.DoableWith(equipment)) &&
            (muscle is null || e.Works(muscle.Value)) &&
            (string.IsNullOrWhiteSpace(query.Search) || e.Name.Contains(query.Search.Trim(), StringComparison.OrdinalIgnoreCase)) &&
            (after is null || after.Value.IsBefore(e)));

        var page = matches.Take(query.Limit + 1).ToList();
        var hasMore = page.Count > query.Limit;
        if (hasMore)
        {
            page.RemoveAt(page.Count - 1);
        }

        return new ExercisePage(
            [.. page.Select(ExerciseSummary.From)],
            hasMore ? new ExerciseCursor(page[^1].Difficulty, page[^1].Slug).Encode() : null);
    }
}
