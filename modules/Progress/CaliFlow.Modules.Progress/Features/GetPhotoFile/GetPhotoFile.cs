using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.GetPhotoFile;

internal sealed record GetPhotoFileQuery(Guid UserId, Guid PhotoId, bool Thumbnail) : IQuery<Result<PhotoFile>>;

/// <summary>An open file for the response to stream and dispose.</summary>
internal sealed record PhotoFile(Stream Content, string ContentType, string ETag);
