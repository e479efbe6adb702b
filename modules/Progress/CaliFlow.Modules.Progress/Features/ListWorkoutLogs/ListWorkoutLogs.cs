using System.Buffers.Text;
using System.Globalization;
using System.Text;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Domain;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.ListWorkoutLogs;

/// <param name="From">Inclusive local date.</param>
/// <param name="To">Inclusive local date.</param>
/// <param name="Cursor">Opaque; the <c>nextCursor</c> of the previous page.</param>
internal sealed record ListWorkoutLogsQuery(Guid UserId, DateOnly? From, DateOnly? To, int Limit, string? Cursor) : IQuery<Result<WorkoutLogPage>>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}

internal sealed record WorkoutLogPage(IReadOnlyList<WorkoutLogSummary> Items, string? NextCursor);

internal sealed record WorkoutLogSummary(Guid Id, Guid? SessionId, DateOnly PerformedOn, int? DurationMinutes, Feeling? Feeling, int Exercises, int Sets);

/// <summary>Keyset position in newest-first order: (performed on, id), both descending.</summary>
internal readonly record struct LogCursor(DateOnly PerformedOn, Guid Id)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{PerformedOn.ToString("O", CultureInfo.InvariantCulture)}|{Id:N}"));

    public static bool TryDecode(string? value, out LogCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(value) || value.Length > 100 || !Base64Url.IsValid(value))
        {
            return false;
        }

        var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value)).Split('|');
        if (parts.Length != 2 ||
            !DateOnly.TryParseExact(parts[0], "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ||
            !Guid.TryParseExact(parts[1], "N", out var id))
        {
            return false;
        }

        cursor = new LogCursor(date, id);
        return true;
    }
}
