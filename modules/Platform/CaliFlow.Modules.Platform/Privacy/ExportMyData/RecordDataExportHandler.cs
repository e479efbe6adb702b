using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Platform.Persistence;
using Mediator;

namespace CaliFlow.Modules.Platform.Privacy.ExportMyData;

internal sealed class RecordDataExportHandler(PlatformDbContext db, AuditTrail audit) : ICommandHandler<RecordDataExportCommand, Result<Unit>>
{
    public ValueTask<Result<Unit>> Handle(RecordDataExportCommand command, CancellationToken cancellationToken)
    {
        audit.Record(db, command.UserId, AuditActions.DataExported, "user", command.UserId.ToString(),
            $"Personal data exported: {string.Join(", ", command.Sections)}.");
        return ValueTask.FromResult<Result<Unit>>(Unit.Value);
    }
}
