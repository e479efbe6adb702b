namespace CaliFlow.Modules.Gamification.AchievementProgress;

/// <param name="LevelStartsAt">Points at which the current level began.</param>
/// <param name="NextLevelAt">Points needed for the next level.</param>
internal sealed record LevelInfo(int Level, long Points, long LevelStartsAt, long NextLevelAt);

/// <summary>
/// Levels grow quadratically: level n starts at 50·n·(n−1) points (0, 100, 300, 600, 1000, 1500…), so each level needs 100
/// points more than the one before; a few early achievements lift a new user to level 2-3, and the later ones take real work.
/// </summary>
internal static class Levels
{
    public static long StartOf(int level) => 50L * level * (level - 1);

    public static LevelInfo For(long points)
    {
        var level = 1;
        while (StartOf(level + 1) <= points)
        {
            level++;
        }

        return new LevelInfo(level, points, StartOf(level), StartOf(level + 1));
    }
}
