using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Exercises.CustomExercises;
using CaliFlow.Modules.Exercises.IntegrationEventHandlers;
using CaliFlow.Modules.Exercises.Library;
using CaliFlow.Modules.Exercises.Persistence;
using CaliFlow.Modules.Exercises.Seeding;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Progress.Contracts;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaliFlow.Modules.Exercises;

/// <summary>The Exercises module's only public door: the movement patterns, exercises and progression graph.</summary>
public static class ExercisesModule
{
    public static IServiceCollection AddExercisesModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<ExercisesDbContext>(ExercisesDbContext.Schema);
        services.AddCarterModulesFrom(typeof(ExercisesModule).Assembly);
        services.AddOutboxDispatcher<ExercisesDbContext>(); // admin edits publish audit facts
        services.TryAddScoped<AuditTrail>();
        services.AddValidatorsFromAssembly(typeof(ExercisesModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true); // stateless: built once, not per request

        services.AddScoped<LibraryReader>();
        services.AddScoped<LibraryChange>();
        services.AddScoped<IExerciseCatalog, ExerciseCatalog>();
        services.AddScoped<CustomExerciseMaker>();
        services.AddScoped<IPersonalData, ExercisesPersonalData>();
        services.AddIntegrationEventHandler<CustomExercisesRequestedIntegrationEvent, MakeCustomExercisesForImport, ExercisesDbContext>();
        services.AddScoped<IReferenceDataSeeder, LibrarySeeder>();
        return services;
    }
}
