using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.CustomExercises;
using CaliFlow.Modules.Exercises.Persistence;
using Mediator;

namespace CaliFlow.Modules.Exercises.Features.CreateCustomExercise;

internal sealed class CreateCustomExerciseHandler(CustomExerciseMaker maker, ExercisesDbContext db)
    : ICommandHandler<CreateCustomExerciseCommand, Result<CustomExerciseResponse>>
{
    public async ValueTask<Result<CustomExerciseResponse>> Handle(CreateCustomExerciseCommand command, CancellationToken cancellationToken)
    {
        var made = await maker.MakeAsync(
            command.Id ?? Guid.CreateVersion7(), command.UserId, command.Name!, command.Pattern!, command.Unit!.Value, command.BodyweightFraction,
            cancellationToken);
        if (!made.IsSuccess)
        {
            return made.Error!;
        }

        await db.SaveChangesAsync(cancellationToken); // stamps CreatedAt for the response
        return CustomExerciseResponse.From(made.Value);
    }
}
