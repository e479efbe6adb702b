using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Exercises.Domain;
using CaliFlow.Modules.Exercises.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CaliFlow.Modules.Exercises.Seeding;

/// <summary>
/// Loads the shipped library: upserts patterns and exercises by slug and edges by (from, to), in one transaction that bumps the
/// library revision. Skipped when this exact content was loaded before. Retirements made by admins are kept; content the seed
/// no longer ships is left alone (plans and logs may refer to it), except the edges it lists as retired, which are retired.
/// </summary>
internal sealed partial class LibrarySeeder(ExercisesDbContext db, TimeProvider time, ILogger<LibrarySeeder> logger) : IReferenceDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var seed = LibrarySeedContent.Load();
        if (await AlreadyLoadedAsync(seed, cancellationToken))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.BeginLibraryChangeAsync(cancellationToken);
        if (await AlreadyLoadedAsync(seed, cancellationToken))
        {
            return; // another instance loaded it while we waited for the lock
        }

        var patterns = await db.Patterns.ToDictionaryAsync(p => p.Slug, cancellationToken);
        foreach (var source in seed.Patterns)
        {
            if (!patterns.TryGetValue(source.Slug, out var pattern))
            {
                pattern = MovementPattern.Create(source.Slug);
                db.Patterns.Add(pattern);
                patterns[source.Slug] = pattern;
            }

            pattern.Name = source.Name;
            pattern.Description = source.Description;
            pattern.SortOrder = source.SortOrder;
        }

        var exercises = await db.Exercises.ToDictionaryAsync(e => e.Slug, cancellationToken);
        foreach (var source in seed.Exercises)
        {
            if (!exercises.TryGetValue(source.Slug, out var exercise))
            {
                exercise = Exercise.Create(Guid.CreateVersion7(), source.Slug);
                db.Exercises.Add(exercise);
                exercises[source.Slug] = exercise;
            }

            exercise.Name = source.Name;
            exercise.PatternId = patterns[source.Pattern].Id;
            exercise.Difficulty = source.Difficulty;
            exercise.Equipment = source.Equipment;
            exercise.AlternativeEquipment = source.AlsoWith ?? [];
            exercise.Kind = source.Kind;
            exercise.PrimaryMuscles = source.PrimaryMuscles;
            exercise.SecondaryMuscles = source.SecondaryMuscles;
            exercise.Unit = source.Unit;
            exercise.PerSide = source.PerSide;
            exercise.BodyweightFraction = source.BodyweightFraction;
            exercise.Instructions = source.Instructions;
            exercise.Cues = source.Cues;
            exercise.CommonMistakes = source.CommonMistakes;
        }

        var edges = await db.Progressions.ToDictionaryAsync(p => (p.FromExerciseId, p.ToExerciseId), cancellationToken);
        foreach (var source in seed.Progressions)
        {
            var key = (exercises[source.From].Id, exercises[source.To].Id);
            if (edges.TryGetValue(key, out var edge))
            {
                edge.Rule = source.Rule;
            }
            else
            {
                db.Progressions.Add(Progression.Create(Guid.CreateVersion7(), key.Item1, key.Item2, source.Rule));
            }
        }

        foreach (var gone in seed.RetiredProgressions)
        {
            if (exercises.TryGetValue(gone.From, out var from) && exercises.TryGetValue(gone.To, out var to) &&
                edges.TryGetValue((from.Id, to.Id), out var edge))
            {
                edge.Retire(time.GetUtcNow());
            }
        }

        var loaded = await db.Seeds.FindAsync([seed.Version], cancellationToken);
        if (loaded is not null)
        {
            db.Seeds.Remove(loaded);
            await db.SaveChangesAsync(cancellationToken);
        }

        db.Seeds.Add(LibrarySeed.Create(seed.Version, seed.ContentHash));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogLoaded(seed.Version, seed.Exercises.Count, seed.Progressions.Count);
    }

    private Task<bool> AlreadyLoadedAsync(LibrarySeedContent seed, CancellationToken cancellationToken) =>
        db.Seeds.AnyAsync(s => s.Version == seed.Version && s.ContentHash == seed.ContentHash, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Exercise library v{Version} loaded: {Exercises} exercises, {Progressions} progressions")]
    private partial void LogLoaded(int version, int exercises, int progressions);
}
