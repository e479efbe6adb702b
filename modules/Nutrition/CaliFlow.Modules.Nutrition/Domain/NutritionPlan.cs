using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Nutrition.Targets;
using CaliFlow.Modules.Users.Contracts;

namespace CaliFlow.Modules.Nutrition.Domain;

internal enum WeightSource
{
    /// <summary>The latest body-weight reading in Progress.</summary>
    Progress,

    /// <summary>No reading yet: the weight in the profile.</summary>
    Profile,
}

internal enum PlanTrigger
{
    ProfileUpdated,
    BodyWeightRecorded,
    Requested,
}

/// <summary>
/// One computation of a user's daily targets with the inputs it used. Never changed: a recomputation adds a new row and marks
/// the previous one superseded, so the history shows how targets moved with weight, goal and activity.
/// </summary>
internal sealed class NutritionPlan : IHasTimestamps
{
    private NutritionPlan()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public PlanTrigger Trigger { get; private set; }

    public NutritionGoal Goal { get; private set; }

    public Sex Sex { get; private set; }

    public int AgeYears { get; private set; }

    public decimal HeightCm { get; private set; }

    public decimal WeightKg { get; private set; }

    public WeightSource WeightSource { get; private set; }

    public int TrainingDaysPerWeek { get; private set; }

    public DailyActivity DailyActivity { get; private set; }

    public decimal ActivityFactor { get; private set; }

    public decimal BmrKcal { get; private set; }

    public decimal TdeeKcal { get; private set; }

    public int EnergyKcal { get; private set; }

    /// <summary>Grams of protein per kg of <see cref="ProteinReferenceWeightKg"/>, as given (the label and the grams agree).</summary>
    public decimal ProteinGPerKg { get; private set; }

    /// <summary>The weight protein was dosed on: the body weight, or the weight at BMI 25 for the height when that is less.</summary>
    public decimal ProteinReferenceWeightKg { get; private set; }

    public int ProteinG { get; private set; }

    public int FatG { get; private set; }

    public int CarbohydrateG { get; private set; }

    public int FibreG { get; private set; }

    public int WaterMl { get; private set; }

    /// <summary>When a newer computation replaced this one; null for the active plan.</summary>
    public DateTimeOffset? SupersededAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsActive => SupersededAt is null;

    public TargetInputs Inputs => new(Sex, AgeYears, HeightCm, WeightKg, TrainingDaysPerWeek, DailyActivity, Goal);

    public static NutritionPlan Create(Guid userId, PlanTrigger trigger, TargetInputs inputs, WeightSource weightSource, DailyTargets targets) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Trigger = trigger,
            Goal = inputs.Goal,
            Sex = inputs.Sex,
            AgeYears = inputs.AgeYears,
            HeightCm = inputs.HeightCm,
            WeightKg = inputs.WeightKg,
            WeightSource = weightSource,
            TrainingDaysPerWeek = inputs.TrainingDaysPerWeek,
            DailyActivity = inputs.DailyActivity,
            ActivityFactor = targets.ActivityFactor,
            BmrKcal = targets.BmrKcal,
            TdeeKcal = targets.TdeeKcal,
            EnergyKcal = targets.EnergyKcal,
            ProteinGPerKg = targets.ProteinGPerKg,
            ProteinReferenceWeightKg = targets.ProteinReferenceWeightKg,
            ProteinG = targets.ProteinG,
            FatG = targets.FatG,
            CarbohydrateG = targets.CarbohydrateG,
            FibreG = targets.FibreG,
            WaterMl = targets.WaterMl,
        };

    public void Supersede(DateTimeOffset now) => SupersededAt ??= now;
}
