using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Imports;
using Mediator;
using Microsoft.AspNetCore.Http;

namespace CaliFlow.Modules.Progress.Features.PreviewImport;

/// <param name="File">A CSV export of Strong, Hevy or FitNotes, or CaliFlow's own.</param>
/// <param name="WeightUnit">kg or lb: the unit of a Strong file's weights, which its export does not name (kg when absent).</param>
internal sealed record PreviewImportCommand(Guid UserId, IFormFile? File, string? WeightUnit) : ICommand<Result<ImportResponse>>;
