using CaliFlow.BuildingBlocks.Validation;
using FluentValidation;

namespace CaliFlow.Modules.Platform.Audit.ListAuditLogs;

internal sealed class ListAuditLogsValidator : AbstractValidator<ListAuditLogsQuery>
{
    public ListAuditLogsValidator()
    {
        RuleFor(q => q.Action).MaximumLength(64);
        RuleFor(q => q.Limit).InclusiveBetween(1, ListAuditLogsQuery.MaxLimit);
        RuleFor(q => q.Cursor)
            .MaximumLength(TextRules.MaxCursorLength)
            .Must(c => c is null || ListAuditLogsHandler.TryDecodeCursor(c, out _))
            .WithMessage("Not a cursor from a previous page.");
        RuleFor(q => q.To)
            .GreaterThan(q => q.From)
            .When(q => q.From is not null && q.To is not null)
            .WithMessage("'to' must be after 'from'.");
    }
}
