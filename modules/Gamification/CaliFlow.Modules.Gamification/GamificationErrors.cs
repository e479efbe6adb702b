using CaliFlow.BuildingBlocks.Application;

namespace CaliFlow.Modules.Gamification;

internal static class GamificationErrors
{
    public static readonly Error AchievementNotFound = Error.NotFound("achievement_not_found", "No achievement has this code.");

    public static Error CodeTaken(string code) => Error.Conflict("achievement_code_taken", $"An achievement with code '{code}' exists; change it with PUT /achievements/{code}.");

    public static Error InvalidRule(string field, string detail) => Error.Validation("invalid_rule", detail, field);
}
