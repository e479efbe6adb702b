using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.DeletePhoto;

/// <summary>Hidden at once; the row stays as a sync tombstone and the purge job removes the files.</summary>
internal sealed record DeletePhotoCommand(Guid UserId, Guid PhotoId) : ICommand<Result<Unit>>;
