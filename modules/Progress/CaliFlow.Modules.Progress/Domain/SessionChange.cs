namespace CaliFlow.Modules.Progress.Domain;

/// <summary>What the user changed in a planned session on the day.</summary>
internal enum SessionChangeKind
{
    /// <summary>A prescribed exercise done as another one, for today only: the replacement's sets count against its prescription.</summary>
    Swap,

    /// <summary>A prescribed exercise left out, with the reason.</summary>
    Skip,

    /// <summary>An exercise done that the session did not prescribe, on purpose.</summary>
    Add,
}

/// <summary>
/// One change to the planned session, kept on the live workout while training and on the log it becomes, so that the comparison
/// with the prescription tells a swap or a skip from an exercise simply not done.
/// </summary>
/// <param name="ExerciseId">The prescribed exercise swapped or skipped, or the exercise added.</param>
/// <param name="ReplacementId">For a swap: the exercise done instead.</param>
internal sealed record SessionChange(SessionChangeKind Kind, Guid ExerciseId, Guid? ReplacementId, string? Reason);
