using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Platform.Persistence;
using Mediator;

namespace CaliFlow.Modules.Platform.Privacy.ExportMyData;

/// <summary>Asks every module that keeps data about users (each registers an <see cref="IPersonalData"/>) for the caller's.</summary>
internal sealed class ExportMyDataHandler(
    IEnumerable<IPersonalData> modules, PlatformDbContext db, AuditTrail audit, TimeProvider time)
    : IQueryHandler<ExportMyDataQuery, Result<PersonalDataExport>>
{
    public async ValueTask<Result<PersonalDataExport>> Handle(ExportMyDataQuery query, CancellationToken cancellationToken)
    {
        var sections = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var module in modules)
        {
            sections[module.Section] = await module.ExportAsync(query.UserId, cancellationToken);
        }

        // The export's one write: its audit fact, an outbox row in this module's schema. Queries get no transaction
        // behaviour, so it is saved here, before the data is answered: an export whose audit fact cannot be stored fails
        // rather than leaving unrecorded.
        audit.Record(db, query.UserId, AuditActions.DataExported, "user", query.UserId.ToString(),
            $"Personal data exported: {string.Join(", ", sections.Keys)}.");
        await db.SaveChangesAsync(cancellationToken);
        return new PersonalDataExport(query.UserId, time.GetUtcNow(), sections);
    }
}
