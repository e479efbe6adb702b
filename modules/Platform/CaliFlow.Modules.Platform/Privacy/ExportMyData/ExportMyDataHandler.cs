using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Platform.Contracts;
using Mediator;

namespace CaliFlow.Modules.Platform.Privacy.ExportMyData;

/// <summary>Asks every module that keeps data about users (each registers an <see cref="IPersonalData"/>) for the caller's.</summary>
internal sealed class ExportMyDataHandler(IEnumerable<IPersonalData> modules, TimeProvider time)
    : IQueryHandler<ExportMyDataQuery, Result<PersonalDataExport>>
{
    public async ValueTask<Result<PersonalDataExport>> Handle(ExportMyDataQuery query, CancellationToken cancellationToken)
    {
        var sections = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var module in modules)
        {
            sections[module.Section] = await module.ExportAsync(query.UserId, cancellationToken);
        }

        return new PersonalDataExport(query.UserId, time.GetUtcNow(), sections);
    }
}
