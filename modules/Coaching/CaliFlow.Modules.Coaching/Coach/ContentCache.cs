using System.Security.Cryptography;
using System.Text;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Coaching.Domain;
using CaliFlow.Modules.Coaching.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CaliFlow.Modules.Coaching.Coach;

internal sealed record CachedContent(string Content, string Model, bool Cached, DateTimeOffset GeneratedAt, DateTimeOffset ExpiresAt);

/// <summary>
/// Generated content in ai_content_cache, keyed by (kind, subject, model, SHA-256 of the prompt): a live entry is returned
/// without calling the provider; a miss or an expired entry calls it once (if the allowance lets it) and stores the result.
/// </summary>
internal sealed class ContentCache(CoachingDbContext db, IOptions<CoachingOptions> options, TimeProvider time)
{
    public const string ExerciseExplanation = "exercise-explanation";
    public const string WeeklySummary = "weekly-summary";

    public async Task<Result<CachedContent>> GetOrCreateAsync(
        string kind, string subject, Guid? userId, string model, string prompt, Func<CancellationToken, Task<Result<string>>> generate, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(prompt)));
        var now = time.GetUtcNow();
        var entry = await db.ContentCache.SingleOrDefaultAsync(
            e => e.Kind == kind && e.Subject == subject && e.Model == model && e.PromptHash == hash, cancellationToken);
        if (entry is not null && entry.ExpiresAt > now)
        {
            return new CachedContent(entry.Content, entry.Model, true, entry.UpdatedAt, entry.ExpiresAt);
        }

        var generated = await generate(cancellationToken);
        if (!generated.IsSuccess)
        {
            return generated.Error!;
        }

        var content = generated.Value;
        var expiresAt = time.GetUtcNow() + options.Value.ContentCacheLifetime;
        if (entry is null)
        {
            entry = ContentCacheEntry.Create(kind, subject, userId, model, hash, content, expiresAt);
            db.ContentCache.Add(entry);
        }
        else
        {
            entry.Refresh(content, expiresAt);
        }

        try
        {
            // Kept even if the client has gone meanwhile: the provider's work is done and paid for.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another request generated the same content at the same moment; either copy will do.
            db.ChangeTracker.Clear();
        }

        return new CachedContent(content, model, false, time.GetUtcNow(), expiresAt);
    }
}
