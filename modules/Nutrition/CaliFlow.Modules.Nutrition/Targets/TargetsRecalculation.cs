using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Nutrition.Contracts;
using CaliFlow.Modules.Nutrition.Domain;
using CaliFlow.Modules.Nutrition.Persistence;
using CaliFlow.Modules.Progress.Contracts;
using CaliFlow.Modules.Users.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Nutrition.Targets;

internal sealed record Recalculated(NutritionPlan Plan, bool Created);

/// <summary>
/// Computes a user's targets from their profile (Users) and latest body weight (Progress, else the profile's) and, when the
/// inputs differ from the active plan's, adds a new active plan and supersedes the old one. Runs inside the caller's
/// transaction: a request's or an integration event handler's.
/// </summary>
internal sealed class TargetsRecalculation(NutritionDbContext db, IUsersQueries users, IProgressQueries progress, TimeProvider time)
{
    public async Task<Result<Recalculated>> RecalculateAsync(Guid userId, PlanTrigger trigger, CancellationToken cancellationToken)
    {
        var profile = await users.GetProfileAsync(userId, cancellationToken);
        if (profile is null)
        {
            return NutritionErrors.UserNotFound;
        }

        var reading = await progress.GetLatestBodyWeightAsync(userId, cancellationToken);
        var (weightKg, weightSource) = reading is not null ? (reading.WeightKg, WeightSource.Progress) : (profile.WeightKg, WeightSource.Profile);
        var missing = new[]
            {
                profile.Sex is null ? "sex" : null,
                profile.DateOfBirth is null ? "dateOfBirth" : null,
                profile.HeightCm is null ? "heightCm" : null,
                weightKg is null ? "weightKg" : null,
            }
            .OfType<string>().ToList();
        if (missing.Count > 0)
        {
            return NutritionErrors.ProfileIncomplete(missing);
        }

        var inputs = new TargetInputs(
            profile.Sex!.Value,
            TargetCalculator.Age(profile.DateOfBirth!.Value, LocalClock.Today(time, profile.TimeZone)),
            Math.Round(profile.HeightCm!.Value, 1),
            Math.Round(weightKg!.Value, 1), // stored to 0.1 kg: the comparison below must see what was stored
            profile.TrainingDaysPerWeek,
            profile.DailyActivity,
            TargetCalculator.GoalFrom(profile.Goals));

        await db.LockUserTargetsAsync(userId, cancellationToken);
        var active = await db.NutritionPlans.SingleOrDefaultAsync(p => p.UserId == userId && p.SupersededAt == null, cancellationToken);
        if (active is not null && active.Inputs == inputs && active.WeightSource == weightSource)
        {
            return new Recalculated(active, Created: false); // e.g. a time-zone change: nothing that targets depend on moved
        }

        if (active is not null)
        {
            active.Supersede(time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken); // the old plan leaves the one-active index before the new one enters it
        }

        var plan = NutritionPlan.Create(userId, trigger, inputs, weightSource, TargetCalculator.Calculate(inputs));
        db.NutritionPlans.Add(plan);
        db.Publish(new NutritionTargetsChangedIntegrationEvent(userId, plan.Id, plan.EnergyKcal, plan.ProteinG));
        await db.SaveChangesAsync(cancellationToken); // stamps CreatedAt for the response
        return new Recalculated(plan, Created: true);
    }
}
