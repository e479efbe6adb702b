using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Platform.Privacy.ExportMyData;

/// <summary>The read behind GET /me/export: every module's data about the caller. It writes nothing.</summary>
internal sealed record ExportMyDataQuery(Guid UserId) : IQuery<Result<PersonalDataExport>>;

/// <summary>
/// The export's audit fact, sent by the endpoint after the read and before the answer: a command, so it commits in its own
/// transaction, and an export whose fact cannot be stored fails instead of going out unrecorded.
/// </summary>
internal sealed record RecordDataExportCommand(Guid UserId, IReadOnlyCollection<string> Sections) : ICommand<Result<Unit>>;

/// <param name="Sections">One entry per module (users, programming, progress, nutrition, billing, ...).</param>
internal sealed record PersonalDataExport(Guid UserId, DateTimeOffset ExportedAt, IReadOnlyDictionary<string, object> Sections);
