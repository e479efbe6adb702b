using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Coaching.Coach;
using Mediator;

namespace CaliFlow.Modules.Coaching.Features.StreamMessage;

internal sealed class StreamMessageHandler(CoachConversation conversation) : IRequestHandler<StreamMessageRequest, Result<CoachStream>>
{
    public async ValueTask<Result<CoachStream>> Handle(StreamMessageRequest request, CancellationToken cancellationToken) =>
        await conversation.StreamAsync(request.UserId, request.Content, cancellationToken);
}
