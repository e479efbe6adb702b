using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Platform.Privacy.ExportMyData;

/// <summary>A read (GET /me/export) that is audited: the handler saves the audit fact itself before the data is answered.</summary>
internal sealed record ExportMyDataQuery(Guid UserId) : IQuery<Result<PersonalDataExport>>;

/// <param name="Sections">One entry per module (users, programming, progress, nutrition, billing, ...).</param>
internal sealed record PersonalDataExport(Guid UserId, DateTimeOffset ExportedAt, IReadOnlyDictionary<string, object> Sections);
