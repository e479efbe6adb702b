using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Coaching.Coach;
using Mediator;

namespace CaliFlow.Modules.Coaching.Features.SendMessage;

internal sealed class SendMessageHandler(CoachConversation conversation) : IRequestHandler<SendMessageRequest, Result<CoachExchange>>
{
    public async ValueTask<Result<CoachExchange>> Handle(SendMessageRequest request, CancellationToken cancellationToken) =>
        await conversation.SendAsync(request.UserId, request.Content, cancellationToken);
}
