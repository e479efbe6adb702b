using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Nutrition.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaliFlow.Modules.Nutrition.Persistence;

internal sealed class NutritionDbContext(DbContextOptions<NutritionDbContext> options) : DbContext(options)
{
    public const string Schema = "nutrition";

    public DbSet<NutritionPlan> NutritionPlans => Set<NutritionPlan>();

    public DbSet<Food> Foods => Set<Food>();

    public DbSet<DietaryPreferences> DietaryPreferences => Set<DietaryPreferences>();

    public DbSet<MealPlan> MealPlans => Set<MealPlan>();

    /// <summary>
    /// Serialises target computations of one user inside the current transaction (a profile event, a weight event and a request
    /// may arrive together), so exactly one plan stays active.
    /// </summary>
    public Task LockUserTargetsAsync(Guid userId, CancellationToken cancellationToken) =>
        Database.LockForTransactionAsync(SubjectLock.NutritionUserTargets, userId.ToString(), cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NutritionDbContext).Assembly);
        modelBuilder.ApplyModuleConventions(Schema);
    }
}

/// <summary>Lets `dotnet ef` (migrations, model checks) build the context without starting the host.</summary>
internal sealed class NutritionDbContextDesignTimeFactory : IDesignTimeDbContextFactory<NutritionDbContext>
{
    public NutritionDbContext CreateDbContext(string[] args) =>
        new(PersistenceRegistration.DesignTimeOptions<NutritionDbContext>(NutritionDbContext.Schema));
}
