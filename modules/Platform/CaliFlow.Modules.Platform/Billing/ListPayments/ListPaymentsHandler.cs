using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Mapping;
using CaliFlow.Modules.Platform.Persistence;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Platform.Billing.ListPayments;

internal sealed class ListPaymentsHandler(PlatformDbContext db) : IQueryHandler<ListPaymentsQuery, Result<IReadOnlyList<PaymentResponse>>>
{
    // A user pays at most a few times a year: the whole history fits in one answer.
    public async ValueTask<Result<IReadOnlyList<PaymentResponse>>> Handle(ListPaymentsQuery query, CancellationToken cancellationToken) =>
        await db.Payments.AsNoTracking()
            .Where(p => p.UserId == query.UserId)
            .OrderByDescending(p => p.OccurredAt).ThenByDescending(p => p.Id)
            .ProjectToType<PaymentResponse>(ModuleMappings.Of<PaymentResponseMapping>())
            .ToListAsync(cancellationToken);
}
