using System.Globalization;
using System.Text.Json;
using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Coaching.Coach;
using Mediator;
using Microsoft.Extensions.AI;

namespace CaliFlow.Modules.Coaching.Features.GetWeeklySummary;

internal sealed class GetWeeklySummaryHandler(CoachToolsFactory toolsFactory, ContentWriter writer)
    : IRequestHandler<GetWeeklySummaryRequest, Result<GeneratedContentResponse>>
{
    public async ValueTask<Result<GeneratedContentResponse>> Handle(GetWeeklySummaryRequest request, CancellationToken cancellationToken)
    {
        var tools = toolsFactory.For(request.UserId);
        var today = await tools.TodayAsync(cancellationToken);
        // The week's data is part of the prompt, so a new workout or check-in makes a new entry rather than a stale hit.
        var data = new
        {
            from = today.AddDays(-6),
            to = today,
            workouts = (await tools.GetRecentWorkoutsAsync(10, cancellationToken)).Where(w => w.PerformedOn > today.AddDays(-7)),
            checkIns = (await tools.GetRecentCheckInsAsync(cancellationToken)).Where(c => c.Date > today.AddDays(-7)),
            planWeek = (await tools.GetPlanWeekAsync(cancellationToken)).Week,
        };
        ChatMessage[] prompt =
        [
            new(ChatRole.System, "The user's last 7 days (JSON): " + JsonSerializer.Serialize(data, JsonDefaults.Options)),
            new(ChatRole.User, "Give me a summary of my last 7 days: workouts, check-in and where I am in the plan."),
        ];
        var subject = string.Create(CultureInfo.InvariantCulture, $"{request.UserId:N}:{today:yyyy-MM-dd}");
        return await writer.WriteAsync(ContentCache.WeeklySummary, subject, request.UserId, request.UserId, prompt, cancellationToken);
    }
}
