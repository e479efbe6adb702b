using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Progress.Photos;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.ListPhotos;

internal sealed class ListPhotosHandler(ProgressDbContext db) : IQueryHandler<ListPhotosQuery, Result<IReadOnlyList<PhotoResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<PhotoResponse>>> Handle(ListPhotosQuery query, CancellationToken cancellationToken)
    {
        var photos = db.Photos.AsNoTracking().Where(p => p.UserId == query.UserId);
        if (query.From is { } from)
        {
            photos = photos.Where(p => p.TakenOn >= from);
        }

        if (query.To is { } to)
        {
            photos = photos.Where(p => p.TakenOn <= to);
        }

        var newestFirst = await photos.OrderByDescending(p => p.TakenOn).ThenByDescending(p => p.Id)
            .Take(ListPhotosQuery.MaxPhotos).ToListAsync(cancellationToken);
        return newestFirst.Select(PhotoResponse.From).ToList();
    }
}
