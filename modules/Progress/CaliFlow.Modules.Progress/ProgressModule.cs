using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Progress.Contracts;
using CaliFlow.Modules.Progress.HealthPlatforms;
using CaliFlow.Modules.Progress.Imports;
using CaliFlow.Modules.Progress.IntegrationEventHandlers;
using CaliFlow.Modules.Progress.LiveWorkouts;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Progress.Photos;
using CaliFlow.Modules.Progress.Stats;
using CaliFlow.Modules.Progress.Variations;
using CaliFlow.Modules.Progress.WorkoutLogs;
using CaliFlow.Modules.Users.Contracts;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace CaliFlow.Modules.Progress;

/// <summary>The Progress module's only public door: what users actually did.</summary>
public static class ProgressModule
{
    public static IServiceCollection AddProgressModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<ProgressDbContext>(ProgressDbContext.Schema);
        services.AddOutboxDispatcher<ProgressDbContext>();
        services.AddCarterModulesFrom(typeof(ProgressModule).Assembly);
        // Validators that need nothing but the clock are built once, not per request; any other dependency may be scoped (a
        // reading's asks Users for the user's zone and birth date), so such a validator is scoped too.
        services.AddValidatorsFromAssembly(
            typeof(ProgressModule).Assembly, ServiceLifetime.Singleton, s => NeedsOnlyTheClock(s.ValidatorType), includeInternalTypes: true);
        services.AddValidatorsFromAssembly(
            typeof(ProgressModule).Assembly, ServiceLifetime.Scoped, s => !NeedsOnlyTheClock(s.ValidatorType), includeInternalTypes: true);
        services.AddScoped<WorkoutLogWriter>();
        services.AddScoped<LiveWorkoutFinisher>();
        services.AddScoped<VariationTracker>();
        services.AddScoped<StatsLedger>();
        services.AddScoped<StatsReader>();
        services.AddScoped<PlacedWorkoutReader>();
        services.AddScoped<IProgressQueries, ProgressQueries>();
        services.AddScoped<IPersonalData, ProgressPersonalData>();
        services.AddIntegrationEventHandler<UserDeletedIntegrationEvent, DeletePhotosWhenUserDeleted, ProgressDbContext>();

        services.AddOptions<PhotoOptions>().BindConfiguration("Photos");
        services.AddSingleton<IPhotoStorage, LocalDiskPhotoStorage>();
        services.AddSingleton<PhotoUploadSlots>();
        services.AddSingleton<PhotoPurgeJob>();
        services.AddHostedService(sp => sp.GetRequiredService<PhotoPurgeJob>());

        services.AddOptions<ImportOptions>().BindConfiguration("Imports");
        services.AddSingleton<ImportWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<ImportWriter>());

        services.AddOptions<LiveWorkoutOptions>().BindConfiguration("LiveWorkouts");
        services.AddSingleton<UnfinishedWorkoutCloser>();
        services.AddHostedService(sp => sp.GetRequiredService<UnfinishedWorkoutCloser>());
        return services;
    }

    private static bool NeedsOnlyTheClock(Type validator) =>
        validator.GetConstructors().All(c => c.GetParameters().All(p => p.ParameterType == typeof(TimeProvider)));
}
