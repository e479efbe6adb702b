using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Coaching.Contracts;
using CaliFlow.Modules.Gamification.AchievementProgress;
using CaliFlow.Modules.Gamification.Achievements;
using CaliFlow.Modules.Gamification.IntegrationEventHandlers;
using CaliFlow.Modules.Gamification.Persistence;
using CaliFlow.Modules.Gamification.Seeding;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Progress.Contracts;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace CaliFlow.Modules.Gamification;

/// <summary>The Gamification module's only public door: achievements as data, progress counted from other modules' events, streaks.</summary>
public static class GamificationModule
{
    public static IServiceCollection AddGamificationModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<GamificationDbContext>(GamificationDbContext.Schema);
        services.AddOutboxDispatcher<GamificationDbContext>();
        services.AddCarterModulesFrom(typeof(GamificationModule).Assembly);
        services.AddValidatorsFromAssembly(typeof(GamificationModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);

        services.AddScoped<ProgressTracker>();
        services.AddScoped<AchievementDefinitions>();
        services.Configure<NearCacheOptions>(o => o.Prefixes.Add(AchievementDefinitions.CacheKey));
        services.AddScoped<AchievementRecomputation>();
        services.AddScoped<IReferenceDataSeeder, AchievementSeeder>();
        services.AddScoped<IPersonalData, GamificationPersonalData>();
        services.AddIntegrationEventHandler<WorkoutLoggedIntegrationEvent, CountWorkoutWhenLogged, GamificationDbContext>();
        services.AddIntegrationEventHandler<ExternalActivityRecordedIntegrationEvent, CountActivityWhenRecorded, GamificationDbContext>();
        services.AddIntegrationEventHandler<VariationChangedIntegrationEvent, CountProgressionWhenVariationAdvanced, GamificationDbContext>();
        services.AddIntegrationEventHandler<PlanCreatedIntegrationEvent, CountPlanMilestones, GamificationDbContext>();
        services.AddIntegrationEventHandler<SessionCompletedIntegrationEvent, CountPlanMilestones, GamificationDbContext>();
        services.AddIntegrationEventHandler<PlanWeekCompletedIntegrationEvent, CountPlanMilestones, GamificationDbContext>();
        services.AddIntegrationEventHandler<PlanCompletedIntegrationEvent, CountPlanMilestones, GamificationDbContext>();
        services.AddIntegrationEventHandler<CheckInSubmittedIntegrationEvent, CountCheckInWhenSubmitted, GamificationDbContext>();
        return services;
    }
}
