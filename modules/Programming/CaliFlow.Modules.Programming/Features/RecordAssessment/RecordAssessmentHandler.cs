using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Assessments;
using CaliFlow.Modules.Programming.Domain;
using CaliFlow.Modules.Programming.Persistence;
using CaliFlow.Modules.Users.Contracts;
using Mediator;

namespace CaliFlow.Modules.Programming.Features.RecordAssessment;

internal sealed class RecordAssessmentHandler(ProgrammingDbContext db, IUsersQueries users, IExerciseCatalog exercises, TimeProvider time)
    : ICommandHandler<RecordAssessmentCommand, Result<AssessmentResponse>>
{
    public async ValueTask<Result<AssessmentResponse>> Handle(RecordAssessmentCommand command, CancellationToken cancellationToken)
    {
        var profile = await users.GetProfileAsync(command.UserId, cancellationToken);
        if (profile is null)
        {
            return ProgrammingErrors.ProfileNotFound;
        }

        var library = await exercises.GetLibraryAsync(cancellationToken);
        var results = new List<AssessmentResult>();
        var placements = new Dictionary<string, Placement>(StringComparer.Ordinal);
        foreach (var (test, result) in command.Sent())
        {
            var slug = result.Exercise ?? test.UsualExercise;
            var exercise = library.Find(slug);
            if (exercise is null)
            {
                return Error.Validation("unknown_exercise", $"'{slug}' is not an exercise in the library.", $"{test.Name}.exercise");
            }

            if (exercise.Pattern != test.Pattern)
            {
                return Error.Validation(
                    "wrong_pattern",
                    $"'{exercise.Slug}' is a {exercise.Pattern} exercise; {test.Name} takes a {test.Pattern} one, such as {test.UsualExercise}.",
                    $"{test.Name}.exercise");
            }

            var hold = exercise.Unit == ExerciseUnit.HoldSeconds;
            if (hold ? result.MaxSeconds is null : result.MaxReps is null)
            {
                return Error.Validation(
                    "wrong_measure",
                    hold ? $"'{exercise.Slug}' is a hold: give maxSeconds." : $"'{exercise.Slug}' is counted in reps: give maxReps.",
                    hold ? $"{test.Name}.maxSeconds" : $"{test.Name}.maxReps");
            }

            var max = hold ? result.MaxSeconds!.Value : result.MaxReps!.Value;
            results.Add(new AssessmentResult(test.Name, test.Pattern, exercise.Id, result.MaxReps, result.MaxSeconds));
            placements[test.Pattern] = AssessmentPlacement.Place(library, profile.Equipment, exercise, max);
        }

        var assessment = Assessment.Create(command.UserId, LocalClock.Today(time, profile.TimeZone), results, placements);
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken); // inside the command's transaction: stamps CreatedAt for the response
        return (await AssessmentResponse.FromAsync([assessment], exercises, cancellationToken))[0];
    }
}
