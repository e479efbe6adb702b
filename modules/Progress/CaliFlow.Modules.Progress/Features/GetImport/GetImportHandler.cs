using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Imports;
using CaliFlow.Modules.Progress.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.GetImport;

internal sealed class GetImportHandler(ProgressDbContext db) : IQueryHandler<GetImportQuery, Result<ImportResponse>>
{
    public async ValueTask<Result<ImportResponse>> Handle(GetImportQuery query, CancellationToken cancellationToken) =>
        await db.Imports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == query.ImportId && i.UserId == query.UserId, cancellationToken) is { } import
            ? ImportResponse.Of(import)
            : ProgressErrors.ImportNotFound;
}
