using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.DeleteWorkoutLog;

/// <summary>Soft delete: the row stays as a tombstone so other devices learn of the deletion when they sync.</summary>
internal sealed record DeleteWorkoutLogCommand(Guid UserId, Guid LogId) : ICommand<Result<Unit>>;
