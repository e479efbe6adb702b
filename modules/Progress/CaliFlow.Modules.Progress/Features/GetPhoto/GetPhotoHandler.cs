using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Progress.Photos;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.GetPhoto;

internal sealed class GetPhotoHandler(ProgressDbContext db) : IQueryHandler<GetPhotoQuery, Result<PhotoResponse>>
{
    public async ValueTask<Result<PhotoResponse>> Handle(GetPhotoQuery query, CancellationToken cancellationToken)
    {
        var photo = await db.Photos.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == query.PhotoId && p.UserId == query.UserId, cancellationToken);
        return photo is null ? ProgressErrors.PhotoNotFound : PhotoResponse.From(photo);
    }
}
