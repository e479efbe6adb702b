using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Photos;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.GetPhoto;

internal sealed record GetPhotoQuery(Guid UserId, Guid PhotoId) : IQuery<Result<PhotoResponse>>;
