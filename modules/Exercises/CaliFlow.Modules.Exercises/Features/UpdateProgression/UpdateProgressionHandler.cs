using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Library;
using CaliFlow.Modules.Exercises.Persistence;
using CaliFlow.Modules.Exercises.Responses;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Exercises.Features.UpdateProgression;

internal sealed class UpdateProgressionHandler(ExercisesDbContext db, LibraryChange libraryChange) : ICommandHandler<UpdateProgressionCommand, Result<ProgressionEdge>>
{
    public async ValueTask<Result<ProgressionEdge>> Handle(UpdateProgressionCommand command, CancellationToken cancellationToken)
    {
        await libraryChange.BeginAsync(cancellationToken);
        var edge = await db.Progressions.SingleOrDefaultAsync(p => p.Id == command.ProgressionId, cancellationToken);
        if (edge is null)
        {
            return ExerciseErrors.ProgressionNotFound(command.ProgressionId);
        }

        var from = await db.Exercises.SingleAsync(e => e.Id == edge.FromExerciseId, cancellationToken);
        var to = await db.Exercises.SingleAsync(e => e.Id == edge.ToExerciseId, cancellationToken);
        if (LibraryRules.CheckRuleUnit(from, command.Rule) is { } error)
        {
            return error;
        }

        edge.Rule = command.Rule;
        libraryChange.Audit("progression", edge.Id, $"Progression '{from.Slug}' → '{to.Slug}' unlock rule changed.");
        return new ProgressionEdge(edge.Id, from.Slug, to.Slug, edge.Rule);
    }
}
