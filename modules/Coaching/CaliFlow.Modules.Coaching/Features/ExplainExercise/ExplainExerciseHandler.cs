using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Coaching.Coach;
using CaliFlow.Modules.Exercises.Contracts;
using Mediator;
using Microsoft.Extensions.AI;

namespace CaliFlow.Modules.Coaching.Features.ExplainExercise;

internal sealed class ExplainExerciseHandler(IExerciseCatalog catalog, ContentWriter writer) : IRequestHandler<ExplainExerciseRequest, Result<GeneratedContentResponse>>
{
    public async ValueTask<Result<GeneratedContentResponse>> Handle(ExplainExerciseRequest request, CancellationToken cancellationToken)
    {
        var exercise = (await catalog.GetLibraryAsync(cancellationToken)).Find(request.Exercise);
        var guidance = exercise is null ? null : await catalog.GetGuidanceAsync(exercise.Id, cancellationToken);
        if (guidance is null)
        {
            return CoachingErrors.ExerciseNotFound;
        }

        var e = guidance.Exercise;
        // The library's text is reference material in a system message; the request itself is a short user message.
        ChatMessage[] prompt =
        [
            new(ChatRole.System,
                $"Reference for {e.Name} ({e.Slug}; pattern {e.Pattern}; difficulty {e.Difficulty}/10): {guidance.Instructions} " +
                $"Cues: {string.Join("; ", guidance.Cues)}. Common mistakes: {string.Join("; ", guidance.CommonMistakes)}."),
            new(ChatRole.User,
                $"Explain the exercise {e.Name}: how to do it, its form cues and common mistakes, and how to make it easier or harder."),
        ];
        return await writer.WriteAsync(ContentCache.ExerciseExplanation, e.Slug, request.UserId, null, prompt, cancellationToken);
    }
}
