using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Persistence;

/// <summary>The seed's data model names 23 tables and the module whose schema holds each: they are there, under those names.</summary>
public sealed class SeedTableNamesTests(CaliFlowApp app)
{
    private static readonly string[] SeedTables =
    [
        "users.users", "users.user_profiles", "users.subscriptions",
        "exercises.movement_patterns", "exercises.exercises", "exercises.progressions",
        "programming.workout_plans", "programming.workout_sessions", "programming.workout_session_exercises",
        "progress.workout_logs", "progress.exercise_logs", "progress.progress_metrics", "progress.progress_photos",
        "nutrition.nutrition_plans", "nutrition.foods", "nutrition.meal_plans",
        "coaching.ai_chat_messages", "coaching.ai_content_cache", "coaching.check_ins",
        "gamification.achievements", "gamification.user_achievements", "gamification.user_streaks",
        "system.audit_logs",
    ];

    [Fact]
    public async Task Every_table_the_seed_names_is_in_its_module_schema()
    {
        var tables = (await app.ScalarAsync<string[]>("SELECT array_agg(schemaname || '.' || tablename) FROM pg_tables"))!;

        SeedTables.Length.ShouldBe(23);
        SeedTables.Except(tables).ShouldBeEmpty();
    }
}
