using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Coaching.Coach;
using Mediator;

namespace CaliFlow.Modules.Coaching.Features.ListMessages;

internal sealed record ListMessagesQuery(Guid UserId, int Limit = ListMessagesQuery.DefaultLimit, string? Cursor = null) : IQuery<Result<MessagePage>>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}

/// <param name="NextCursor">Pass as cursor for the next (older) page; null on the last page.</param>
internal sealed record MessagePage(IReadOnlyList<CoachMessageResponse> Items, string? NextCursor);
