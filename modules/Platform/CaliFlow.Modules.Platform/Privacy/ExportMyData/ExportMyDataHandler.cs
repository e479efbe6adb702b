using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Platform.Persistence;
using Mediator;

namespace CaliFlow.Modules.Platform.Privacy.ExportMyData;

/// <summary>Asks every module that keeps data about users (each registers an <see cref="IPersonalData"/>) for the caller's.</summary>
internal sealed class ExportMyDataHandler(
    IEnumerable<IPersonalData> modules, PlatformDbContext db, AuditTrail audit, TimeProvider time)
    : ICommandHandler<ExportMyDataCommand, Result<PersonalDataExport>>
{
    public async ValueTask<Result<PersonalDataExport>> Handle(ExportMyDataCommand command, CancellationToken cancellationToken)
    {
        var sections = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var module in modules)
        {
            sections[module.Section] = await module.ExportAsync(command.UserId, cancellationToken);
        }

        audit.Record(db, command.UserId, AuditActions.DataExported, "user", command.UserId.ToString(),
            $"Personal data exported: {string.Join(", ", sections.Keys)}.");
        return new PersonalDataExport(command.UserId, time.GetUtcNow(), sections);
    }
}
