namespace CaliFlow.Modules.Platform.Contracts;

/// <summary>
/// Implemented by every module that keeps data about a user (registered as <c>IPersonalData</c> in the module's DI), so the
/// Platform module can export it all (<c>GET /me/export</c>) and purge it after the grace period of an account deletion, without
/// knowing any module's tables.
/// </summary>
public interface IPersonalData
{
    /// <summary>The section name of this module's data in the export, e.g. "progress".</summary>
    string Section { get; }

    /// <summary>Everything the module holds about the user, as a JSON-serialisable object; soft-deleted rows included.</summary>
    Task<object> ExportAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// Removes the user's personal data for good (files included) and anonymises what must stay; safe to run twice, and
    /// after a crash half-way.
    /// </summary>
    Task PurgeAsync(Guid userId, CancellationToken cancellationToken);
}
