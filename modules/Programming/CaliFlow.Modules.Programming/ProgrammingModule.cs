using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Coaching.Contracts;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Programming.CalendarFeeds;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Programming.IntegrationEventHandlers;
using CaliFlow.Modules.Programming.Persistence;
using CaliFlow.Modules.Programming.Sessions;
using CaliFlow.Modules.Progress.Contracts;
using CaliFlow.Modules.Users.Contracts;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaliFlow.Modules.Programming;

/// <summary>The Programming module's only public door: 12-week plans, their sessions and today's workout.</summary>
public static class ProgrammingModule
{
    public static IServiceCollection AddProgrammingModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<ProgrammingDbContext>(ProgrammingDbContext.Schema);
        services.AddOutboxDispatcher<ProgrammingDbContext>();
        services.AddCarterModulesFrom(typeof(ProgrammingModule).Assembly);
        services.AddValidatorsFromAssembly(typeof(ProgrammingModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true); // stateless: built once, not per request

        services.AddScoped<TodayWorkoutReader>();
        services.TryAddScoped<AuditTrail>();
        services.AddOptions<CalendarFeedOptions>().BindConfiguration(CalendarFeedOptions.Section);
        services.AddScoped<IProgrammingQueries, ProgrammingQueries>();
        services.AddScoped<IPersonalData, ProgrammingPersonalData>();
        services.AddIntegrationEventHandler<UserProfileUpdatedIntegrationEvent, ForgetTodayWhenProfileChanges, ProgrammingDbContext>();
        services.AddIntegrationEventHandler<UserDeletedIntegrationEvent, ArchivePlanWhenUserDeleted, ProgrammingDbContext>();
        services.AddIntegrationEventHandler<WorkoutLoggedIntegrationEvent, CompleteSessionWhenWorkoutLogged, ProgrammingDbContext>();
        services.AddIntegrationEventHandler<VariationChangedIntegrationEvent, ApplyVariationChange, ProgrammingDbContext>();
        services.AddIntegrationEventHandler<PlanAdjustmentRequestedIntegrationEvent, ApplyPlanAdjustment, ProgrammingDbContext>();
        return services;
    }
}
