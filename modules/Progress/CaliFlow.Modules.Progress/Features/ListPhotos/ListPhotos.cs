using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Photos;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.ListPhotos;

internal sealed record ListPhotosQuery(Guid UserId, DateOnly? From, DateOnly? To) : IQuery<Result<IReadOnlyList<PhotoResponse>>>
{
    /// <summary>Years of weekly photos; a gallery pages by date range beyond that.</summary>
    public const int MaxPhotos = 500;
}
