using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Nutrition.Persistence;
using CaliFlow.Modules.Nutrition.Preferences;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Nutrition.Features.GetDietaryPreferences;

internal sealed class GetDietaryPreferencesHandler(NutritionDbContext db)
    : IQueryHandler<GetDietaryPreferencesQuery, Result<DietaryPreferencesResponse>>
{
    public async ValueTask<Result<DietaryPreferencesResponse>> Handle(GetDietaryPreferencesQuery query, CancellationToken cancellationToken) =>
        DietaryPreferencesResponse.From(
            await db.DietaryPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == query.UserId, cancellationToken));
}
