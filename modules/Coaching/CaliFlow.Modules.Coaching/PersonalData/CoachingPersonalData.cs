using CaliFlow.Modules.Coaching.CheckIns;
using CaliFlow.Modules.Coaching.Coach;
using CaliFlow.Modules.Coaching.Persistence;
using CaliFlow.Modules.Platform.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Coaching.PersonalData;

/// <summary>
/// The user's conversation with the coach, their check-ins, the content generated about them and the content generations
/// charged to them.
/// </summary>
internal sealed class CoachingPersonalData(CoachingDbContext db) : IPersonalData
{
    public string Section => "coaching";

    public async Task<object> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var messages = await db.Messages.AsNoTracking().Where(m => m.UserId == userId).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var checkIns = await db.CheckIns.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.Date).ToListAsync(cancellationToken);
        var generated = await db.ContentCache.AsNoTracking().Where(e => e.UserId == userId).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var generations = await db.ContentGenerations.AsNoTracking().Where(g => g.UserId == userId).OrderBy(g => g.Id).ToListAsync(cancellationToken);
        return new
        {
            messages = messages.Select(CoachMessageResponse.From),
            checkIns = checkIns.Select(CheckInResponse.From),
            generatedContent = generated.Select(e => new { e.Kind, e.Subject, e.Model, e.Content, e.CreatedAt, e.ExpiresAt }),
            contentGenerations = generations.Select(g => new { g.Kind, g.Subject, g.Model, g.Status, g.Error, g.CreatedAt }),
        };
    }

    public async Task PurgeAsync(Guid userId, CancellationToken cancellationToken)
    {
        // Replies first (they refer to the questions), then everything else; each delete is idempotent.
        await db.Messages.Where(m => m.UserId == userId && m.ReplyToId != null).ExecuteDeleteAsync(cancellationToken);
        await db.Messages.Where(m => m.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.CheckIns.Where(c => c.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.ContentCache.Where(e => e.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.ContentGenerations.Where(g => g.UserId == userId).ExecuteDeleteAsync(cancellationToken);
    }
}
