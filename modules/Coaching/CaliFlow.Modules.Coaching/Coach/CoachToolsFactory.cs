using CaliFlow.Modules.Coaching.Persistence;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Nutrition.Contracts;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Progress.Contracts;
using CaliFlow.Modules.Users.Contracts;

namespace CaliFlow.Modules.Coaching.Coach;

/// <summary>Makes the tools for one user (the caller, as the endpoint authenticated them).</summary>
internal sealed class CoachToolsFactory(
    IUsersQueries users,
    IProgrammingQueries programming,
    IProgressQueries progress,
    INutritionQueries nutrition,
    IExerciseCatalog catalog,
    CoachingDbContext db,
    TimeProvider time)
{
    public CoachTools For(Guid userId) => new(userId, users, programming, progress, nutrition, catalog, db, time);
}
