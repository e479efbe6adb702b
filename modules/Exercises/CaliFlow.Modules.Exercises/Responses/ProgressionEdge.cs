using CaliFlow.Modules.Exercises.Contracts;

namespace CaliFlow.Modules.Exercises.Responses;

/// <summary>An edge named by slugs, as clients know exercises.</summary>
internal sealed record ProgressionEdge(Guid Id, string From, string To, UnlockRule Rule);
