namespace CaliFlow.Modules.Exercises;

internal static class ExercisesRoutes
{
    public const string LibraryTag = "Exercise library";
    public const string AdminTag = "Exercise library (admin)";
    public const string CustomTag = "Your own exercises";
}
