using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Imports;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.GetImport;

internal sealed record GetImportQuery(Guid UserId, Guid ImportId) : IQuery<Result<ImportResponse>>;
