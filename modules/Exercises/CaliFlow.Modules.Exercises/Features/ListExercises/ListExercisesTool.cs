using System.ComponentModel;
using CaliFlow.BuildingBlocks.Mcp;
using CaliFlow.BuildingBlocks.Web;
using Mediator;
using ModelContextProtocol.Server;

namespace CaliFlow.Modules.Exercises.Features.ListExercises;

/// <summary>Searching the exercise library for AI assistants (MCP), through the slice's own query.</summary>
[McpServerToolType]
internal sealed class ListExercisesTool(ISender sender, ICurrentUser user)
{
    [McpServerTool(Name = "search_exercises", Title = "Search the exercise library", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false)]
    [Description("Exercises of the library by words in their name, movement pattern and difficulty (1-10), easiest first, up to 20; each with its slug, which the other tools take.")]
    [RequiresScope(TokenScopes.LibraryRead)]
    public async Task<string> SearchExercises(
        [Description("Words of the name, e.g. \"pull up\".")] string? search = null,
        [Description("Movement pattern slug, e.g. horizontal-push, vertical-pull, squat.")] string? pattern = null,
        [Description("Hardest difficulty to include, 1-10.")] int? maxDifficulty = null,
        CancellationToken cancellationToken = default) =>
        (await sender.Send(new ListExercisesQuery(user.Id, Pattern: pattern, MaxDifficulty: maxDifficulty, Search: search, Limit: 20), cancellationToken))
        .OrToolError().Text();
}
