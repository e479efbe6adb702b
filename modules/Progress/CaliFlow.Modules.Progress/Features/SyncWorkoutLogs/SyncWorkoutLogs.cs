using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.WorkoutLogs;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.SyncWorkoutLogs;

/// <summary>Workouts a phone recorded offline, uploaded together; each is handled on its own and reported on its own.</summary>
internal sealed record SyncWorkoutLogsCommand(List<LogWorkoutCommand> Logs) : ICommand<Result<SyncResult>>
{
    public const int MaxLogs = 500;

    [JsonIgnore]
    public Guid UserId { get; init; }
}

internal sealed record SyncResult(int Created, int Unchanged, int Failed, IReadOnlyList<SyncItemResult> Items);

/// <param name="Status">created, unchanged (already received), conflict (the id is another log's), invalid (see errors).</param>
internal sealed record SyncItemResult(int Index, Guid? Id, string Status, string? Code, IReadOnlyDictionary<string, string[]>? Errors);
