using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Progress.Contracts;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.Imports;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Progress.WorkoutLogs;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.CommitImport;

/// <summary>
/// Settles what each exercise name is written as and hands the import to the background writer (<see cref="ImportWriter"/>):
/// every unmatched name needs the user's choice; a matched name is written as its match unless the user chose otherwise.
/// </summary>
internal sealed class CommitImportHandler(ProgressDbContext db, IExerciseCatalog exercises, TimeProvider time)
    : ICommandHandler<CommitImportCommand, Result<ImportResponse>>
{
    public async ValueTask<Result<ImportResponse>> Handle(CommitImportCommand command, CancellationToken cancellationToken)
    {
        var import = await db.Imports
            .FromSql($"SELECT * FROM progress.workout_imports WHERE id = {command.ImportId} AND user_id = {command.UserId} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);
        if (import is null)
        {
            return ProgressErrors.ImportNotFound;
        }

        if (import.Status != ImportStatus.Previewed)
        {
            return ProgressErrors.ImportAlreadyCommitted;
        }

        var decisions = (command.Exercises ?? []).Select((d, i) => (Decision: d, Index: i)).ToDictionary(d => d.Decision.Name, StringComparer.Ordinal);
        var library = await exercises.WithOwnAsync(
            await exercises.GetLibraryAsync(cancellationToken), command.UserId,
            decisions.Values.Select(d => d.Decision.Exercise?.Trim()).OfType<string>(), cancellationToken);
        var choices = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var created = new List<RequestedCustomExercise>();
        foreach (var (name, (decision, index)) in decisions)
        {
            if (!import.Summary.Exercises.Any(m => m.Name == name))
            {
                return Error.Validation("unknown_name", $"'{name}' is not an exercise name of this file.", $"exercises[{index}].name");
            }

            if (decision.Create is { } create)
            {
                if (library.Patterns.All(p => p.Slug != create.Pattern))
                {
                    return Error.Validation("unknown_pattern", $"'{create.Pattern}' is not a movement pattern.", $"exercises[{index}].create.pattern");
                }

                var id = Guid.CreateVersion7();
                created.Add(new RequestedCustomExercise(
                    id, name, create.Pattern!, create.Unit == ExerciseUnit.HoldSeconds ? "hold-seconds" : "reps", create.BodyweightFraction));
                choices[name] = id;
            }
            else if (decision.Skip != true)
            {
                if (library.Find(decision.Exercise!.Trim()) is not { Retired: false } exercise)
                {
                    return Error.Validation("unknown_exercise", $"'{decision.Exercise}' is not an exercise in the library or yours.", $"exercises[{index}].exercise");
                }

                choices[name] = exercise.Id;
            }
        }

        var undecided = import.Summary.Exercises.Where(m => !decisions.ContainsKey(m.Name)).ToList();
        if (undecided.Where(m => m.Exercise is null).Select(m => $"'{m.Name}'").ToList() is { Count: > 0 } unmatched)
        {
            return Error.Validation(
                "choice_needed",
                $"These names matched no exercise: map each to one (exercise), make it your own (create) or leave it out (skip: true): {string.Join(", ", unmatched)}.",
                "exercises");
        }

        foreach (var match in undecided)
        {
            choices[match.Name] = match.Exercise!.Id;
        }

        import.Commit(choices, time.GetUtcNow());
        if (created.Count > 0)
        {
            // Made by the Exercises module under these ids; the writer waits for them before writing the workouts.
            db.Publish(new CustomExercisesRequestedIntegrationEvent(command.UserId, import.Id, created));
        }

        await db.SaveChangesAsync(cancellationToken); // stamps updated_at for the answer
        return ImportResponse.Of(import);
    }
}
