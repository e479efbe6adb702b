using Mediator;

namespace CaliFlow.Modules.Progress.Features.ExportWorkoutsCsv;

internal sealed record ExportWorkoutsCsvQuery(Guid UserId) : IQuery<WorkoutsCsvExport>;

/// <summary>The export, written as the response goes out so a long history is never held in memory whole.</summary>
internal sealed record WorkoutsCsvExport(Func<Stream, CancellationToken, Task> WriteAsync);
