namespace CaliFlow.IntegrationTests.Programming;

// The API's shapes as a client sees them (only the fields the tests read).

public sealed record PrescribedSet(int? Reps, int? HoldSeconds, int RestSeconds, int TargetRpe, string? Tempo);

public sealed record SessionExercise(Guid Id, int Order, Guid ExerciseId, string Slug, string Name, string Pattern, PrescribedSet[] Sets, string? Notes, Guid? SwappedFromExerciseId, ExerciseGroupOut? Group = null);

public sealed record ExerciseGroupOut(int Number, string Kind, int? IntervalSeconds);

public sealed record Session(Guid Id, Guid PlanId, int Week, DateOnly Date, DateOnly? OriginalDate, string Name, bool Deload, string Status, string? SkipReason, int EstimatedMinutes, WarmUpItem[] WarmUp, SessionExercise[] Exercises);

public sealed record WarmUpItem(string Slug, string Name, int? Reps, int? HoldSeconds);

public sealed record SessionSummary(Guid Id, int Week, DateOnly Date, string Name, bool Deload, string Status);

public sealed record WeekTargets(int Week, bool Deload, int TargetRpe, Dictionary<string, int> SetsByPattern, Dictionary<string, int> HardSetsByMuscle);

public sealed record Mesocycle(int Number, string Focus, int FirstWeek, int LastWeek, WeekTargets[] Weeks);

public sealed record Plan(Guid Id, string Status, string Split, DateOnly StartDate, DateOnly EndDate, string TimeZone, string[] TargetSkills, Mesocycle[] Mesocycles, SessionSummary[] Sessions);

public sealed record PlanWeek(Guid PlanId, int Week, Session[] Sessions);

public sealed record TodayWorkout(DateOnly Date, string TimeZone, bool IsToday, Session? Session);
