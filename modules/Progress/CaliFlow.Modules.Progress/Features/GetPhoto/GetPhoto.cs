using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Features.UploadPhoto;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.GetPhoto;

internal sealed record GetPhotoQuery(Guid UserId, Guid PhotoId) : IQuery<Result<PhotoResponse>>;
