using BenchmarkDotNet.Attributes;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Exercises.Seeding;
using CaliFlow.Modules.Programming.Planning;
using CaliFlow.Modules.Users.Contracts;

namespace CaliFlow.Benchmarks;

/// <summary>
/// Target: one 12-week plan in well under 20 ms (it runs inside POST /plans). Two profiles: a typical 3-day beginner with
/// no equipment, and a 6-day advanced athlete with every piece of equipment and three target skills (the largest plan).
/// </summary>
[MemoryDiagnoser]
public class PlanGeneratorBenchmarks
{
    private static readonly Equipment[] Everything = Enum.GetValues<Equipment>();
    private ExerciseLibrary _library = null!;
    private PlanRequest _beginner = null!;
    private PlanRequest _advanced = null!;

    [GlobalSetup]
    public void Setup()
    {
        _library = LibrarySeedContent.Load().ToExerciseLibrary();
        var start = new DateOnly(2026, 11, 30);
        _beginner = new PlanRequest(
            TrainingLevel.Beginner, [TrainingGoal.Strength], [], 3, [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], 45,
            start, [], new Dictionary<string, Guid>());
        _advanced = new PlanRequest(
            TrainingLevel.Advanced, [TrainingGoal.Skills, TrainingGoal.Muscle], Everything, 6,
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday], 75,
            start, ["front-lever", "full-planche", "one-arm-pull-up"], new Dictionary<string, Guid>());
    }

    [Benchmark(Baseline = true)]
    public object BeginnerThreeDays() => PlanGenerator.Generate(_beginner, _library);

    [Benchmark]
    public object AdvancedSixDaysWithSkills() => PlanGenerator.Generate(_advanced, _library);
}
