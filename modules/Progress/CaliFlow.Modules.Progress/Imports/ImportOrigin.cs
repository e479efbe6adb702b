namespace CaliFlow.Modules.Progress.Imports;

/// <summary>Where an imported workout came from: the import writing it, the app and the workout's id there.</summary>
internal sealed record ImportOrigin(Guid ImportId, string Source, string SourceId);
