using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Programming.Persistence;
using CaliFlow.Modules.Programming.Sessions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Programming.Features.GetSession;

internal sealed class GetSessionHandler(ProgrammingDbContext db) : IQueryHandler<GetSessionQuery, Result<SessionResponse>>
{
    public async ValueTask<Result<SessionResponse>> Handle(GetSessionQuery query, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().Include(s => s.Exercises)
            .SingleOrDefaultAsync(s => s.Id == query.SessionId && s.UserId == query.UserId, cancellationToken);
        return session is null ? ProgrammingErrors.SessionNotFound : SessionResponse.From(session);
    }
}
