using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Platform.Privacy.ExportMyData;

/// <summary>A command, not a query: the export is audited, and the audit fact commits with it.</summary>
internal sealed record ExportMyDataCommand(Guid UserId) : ICommand<Result<PersonalDataExport>>;

/// <param name="Sections">One entry per module (users, programming, progress, nutrition, billing, ...).</param>
internal sealed record PersonalDataExport(Guid UserId, DateTimeOffset ExportedAt, IReadOnlyDictionary<string, object> Sections);
