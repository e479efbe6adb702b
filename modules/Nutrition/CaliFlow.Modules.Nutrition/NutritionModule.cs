using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Nutrition.Contracts;
using CaliFlow.Modules.Nutrition.IntegrationEventHandlers;
using CaliFlow.Modules.Nutrition.Persistence;
using CaliFlow.Modules.Nutrition.Seeding;
using CaliFlow.Modules.Nutrition.Targets;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Progress.Contracts;
using CaliFlow.Modules.Users.Contracts;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace CaliFlow.Modules.Nutrition;

/// <summary>The Nutrition module's only public door: daily targets, the food table and meal plans.</summary>
public static class NutritionModule
{
    public static IServiceCollection AddNutritionModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<NutritionDbContext>(NutritionDbContext.Schema);
        services.AddOutboxDispatcher<NutritionDbContext>();
        services.AddCarterModulesFrom(typeof(NutritionModule).Assembly);
        services.AddValidatorsFromAssembly(typeof(NutritionModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true); // stateless: built once, not per request

        services.AddScoped<TargetsRecalculation>();
        services.AddScoped<INutritionQueries, NutritionQueries>();
        services.AddScoped<IPersonalData, NutritionPersonalData>();
        services.AddScoped<IReferenceDataSeeder, FoodSeeder>();
        services.AddIntegrationEventHandler<UserProfileUpdatedIntegrationEvent, RecalculateTargetsWhenProfileUpdated, NutritionDbContext>();
        services.AddIntegrationEventHandler<BodyWeightRecordedIntegrationEvent, RecalculateTargetsWhenBodyWeightRecorded, NutritionDbContext>();
        return services;
    }
}
