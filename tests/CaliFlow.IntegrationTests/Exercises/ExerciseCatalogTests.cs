using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.Modules.Exercises.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace CaliFlow.IntegrationTests.Exercises;

/// <summary>What other modules get through the Contracts interface, against the seeded library.</summary>
public sealed class ExerciseCatalogTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Other_modules_can_find_exercises_by_pattern_equipment_and_difficulty()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<IExerciseCatalog>();

        var found = await catalog.FindAsync(
            new ExerciseCriteria(Pattern: "vertical-pull", MaxDifficulty: 5, AvailableEquipment: [Equipment.PullUpBar]), _ct);

        found.ShouldNotBeEmpty();
        found.ShouldAllBe(e => e.Pattern == "vertical-pull" && e.Difficulty <= 5 && e.Equipment.All(q => q == Equipment.PullUpBar));
        found.ShouldContain(e => e.Slug == "pull-up");
        found.Select(e => e.Difficulty).ShouldBeInOrder();
    }

    [Fact]
    public async Task Neighbours_carry_the_unlock_rules_and_ids_resolve_back()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<IExerciseCatalog>();
        var library = await catalog.GetLibraryAsync(_ct);
        var pushUp = library.Exercises.Single(e => e.Slug == "push-up");

        var neighbours = (await catalog.GetNeighboursAsync(pushUp.Id, _ct))!;

        neighbours.Exercise.ShouldBe(pushUp);
        neighbours.Easier.ShouldNotBeEmpty();
        neighbours.Harder.ShouldNotBeEmpty();
        neighbours.Easier.ShouldAllBe(p => p.ToId == pushUp.Id && p.Rule.Reps > 0);
        var harder = await catalog.GetByIdsAsync(neighbours.Harder.Select(p => p.ToId), _ct);
        harder.Count.ShouldBe(neighbours.Harder.Count);
        harder.ShouldAllBe(e => e.Difficulty > pushUp.Difficulty);
        (await catalog.GetNeighboursAsync(Guid.CreateVersion7(), _ct)).ShouldBeNull();
        library.Patterns.Count.ShouldBe(22);
        library.Progressions.Count.ShouldBeGreaterThan(library.Exercises.Count);
    }
}
