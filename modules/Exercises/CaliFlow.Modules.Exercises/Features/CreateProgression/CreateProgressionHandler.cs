using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Domain;
using CaliFlow.Modules.Exercises.Library;
using CaliFlow.Modules.Exercises.Persistence;
using CaliFlow.Modules.Exercises.Responses;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Exercises.Features.CreateProgression;

internal sealed class CreateProgressionHandler(ExercisesDbContext db, LibraryChange libraryChange) : ICommandHandler<CreateProgressionCommand, Result<ProgressionEdge>>
{
    public async ValueTask<Result<ProgressionEdge>> Handle(CreateProgressionCommand command, CancellationToken cancellationToken)
    {
        await libraryChange.BeginAsync(cancellationToken);
        var from = await FindAsync(command.From, cancellationToken);
        var to = await FindAsync(command.To, cancellationToken);
        if (from is null || to is null)
        {
            return ExerciseErrors.NotFound(from is null ? command.From : command.To);
        }

        var edges = await db.Progressions.ToListAsync(cancellationToken);
        var existing = edges.SingleOrDefault(p => p.FromExerciseId == from.Id && p.ToExerciseId == to.Id);
        if (existing is { RetiredAt: null })
        {
            return Error.Conflict("progression_exists", $"'{from.Slug}' already progresses to '{to.Slug}'.");
        }

        if (LibraryRules.CheckEdge(from, to, command.Rule, edges.Where(p => p.RetiredAt == null)) is { } error)
        {
            return error;
        }

        var edge = existing ?? db.Progressions.Add(Progression.Create(Guid.CreateVersion7(), from.Id, to.Id, command.Rule)).Entity;
        edge.Restore();
        edge.Rule = command.Rule;
        libraryChange.Audit("progression", edge.Id, $"Progression '{from.Slug}' → '{to.Slug}' created.");
        return new ProgressionEdge(edge.Id, from.Slug, to.Slug, edge.Rule);
    }

    private Task<Exercise?> FindAsync(string idOrSlug, CancellationToken cancellationToken) =>
        Guid.TryParse(idOrSlug, out var id)
            ? db.Exercises.SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            : db.Exercises.SingleOrDefaultAsync(e => e.Slug == idOrSlug, cancellationToken);
}
