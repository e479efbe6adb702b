using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Gamification.Rules;

namespace CaliFlow.Modules.Gamification.Domain;

internal enum AchievementTier
{
    Bronze,
    Silver,
    Gold,
    Platinum,
}

/// <summary>An achievement definition: data, not code. Its rule is evaluated against each user's running counters.</summary>
internal sealed class Achievement : IHasTimestamps
{
    private Achievement()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Stable name for clients and the seed file (kebab-case), unique.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Description { get; private set; } = "";

    public AchievementTier Tier { get; private set; }

    public int Points { get; private set; }

    public AchievementRule Rule { get; private set; } = null!;

    /// <summary>Changed through the API: the shipped seed no longer overwrites it at start-up.</summary>
    public bool EditedByAdmin { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Achievement Create(string code) => new() { Id = Guid.CreateVersion7(), Code = code };

    /// <summary>Sets the definition; true when the rule changed (progress must be recomputed).</summary>
    public bool Define(string name, string description, AchievementTier tier, int points, AchievementRule rule, bool byAdmin)
    {
        var ruleChanged = Rule != rule;
        Name = name;
        Description = description;
        Tier = tier;
        Points = points;
        Rule = rule;
        EditedByAdmin |= byAdmin;
        return ruleChanged;
    }
}

/// <summary>A user's progress towards one achievement (current of target) and when it was unlocked; an unlock is never taken back.</summary>
internal sealed class UserAchievement : IHasTimestamps
{
    private UserAchievement()
    {
    }

    public Guid UserId { get; private set; }

    public Guid AchievementId { get; private set; }

    public long Current { get; private set; }

    public long Target { get; private set; }

    public DateTimeOffset? UnlockedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static UserAchievement Start(Guid userId, Guid achievementId) => new() { UserId = userId, AchievementId = achievementId };

    /// <summary>Records progress; true when this is the moment it unlocks.</summary>
    public bool Track(long current, long target, DateTimeOffset now)
    {
        Current = current;
        Target = target;
        if (UnlockedAt is null && current >= target)
        {
            UnlockedAt = now;
            return true;
        }

        return false;
    }
}

/// <summary>One running counter of a user (see <see cref="CounterKeys"/>): totals, per-day/week buckets and bests.</summary>
internal sealed class UserCounter
{
    private UserCounter()
    {
    }

    public Guid UserId { get; private set; }

    public string Key { get; private set; } = "";

    public long Value { get; set; }
}

internal enum StreakKind
{
    Days,
    TrainingWeeks,
    CheckInWeeks,
}

/// <summary>A user's streak history as runs of consecutive local days or weeks (JSONB), see <see cref="Streaks.StreakRuns"/>.</summary>
internal sealed class UserStreak
{
    private UserStreak()
    {
    }

    public Guid UserId { get; private set; }

    public StreakKind Kind { get; private set; }

    public List<Streaks.DateRun> Runs { get; set; } = [];

    public static UserStreak For(Guid userId, StreakKind kind) => new() { UserId = userId, Kind = kind };
}

/// <summary>
/// A fact already counted for a user (a workout log, a check-in, a plan week…), whatever event brought it: the same fact
/// arriving again, even in another event, counts once.
/// </summary>
internal sealed class CountedFact
{
    public Guid UserId { get; private set; }

    public string Fact { get; private set; } = "";

    public DateTimeOffset CountedAt { get; private set; }
}
