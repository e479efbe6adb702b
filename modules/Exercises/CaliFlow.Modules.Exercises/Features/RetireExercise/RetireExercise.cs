using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Exercises.Features.RetireExercise;

/// <summary>Takes an exercise out of the library and its progressions out of the graph; it stays readable by id.</summary>
internal sealed record RetireExerciseCommand(Guid ExerciseId) : ICommand<Result<Unit>>;
