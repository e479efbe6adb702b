using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Exercises.Domain;

namespace CaliFlow.Modules.Exercises.CustomExercises;

/// <param name="Slug">Log it by this or by its id, like a library exercise.</param>
/// <param name="BodyweightFraction">The share of body weight it moves, for effective loads.</param>
internal sealed record CustomExerciseResponse(
    Guid Id, string Slug, string Name, string Pattern, ExerciseUnit Unit, decimal BodyweightFraction, DateTimeOffset CreatedAt)
{
    public static CustomExerciseResponse From(CustomExercise e) => new(e.Id, e.Slug, e.Name, e.Pattern, e.Unit, e.BodyweightFraction, e.CreatedAt);
}
