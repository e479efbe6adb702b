namespace CaliFlow.BuildingBlocks.Persistence;

/// <summary>
/// Reference data a module ships with its code (exercise library, achievements), loaded after the migrations. Must be
/// idempotent and safe when several instances start at once.
/// </summary>
public interface IReferenceDataSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
