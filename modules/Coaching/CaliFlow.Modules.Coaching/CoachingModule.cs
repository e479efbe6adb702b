using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Coaching.Coach;
using CaliFlow.Modules.Coaching.Persistence;
using CaliFlow.Modules.Coaching.PersonalData;
using CaliFlow.Modules.Platform.Contracts;
using FluentValidation;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Coaching;

/// <summary>The Coaching module's only public door: the AI coach, its content cache and the check-ins that autoregulate the plan.</summary>
public static class CoachingModule
{
    public static IServiceCollection AddCoachingModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<CoachingDbContext>(CoachingDbContext.Schema);
        services.AddOutboxDispatcher<CoachingDbContext>();
        services.AddCarterModulesFrom(typeof(CoachingModule).Assembly);
        services.AddValidatorsFromAssembly(typeof(CoachingModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true); // stateless: built once, not per request

        services.AddOptions<CoachingOptions>().BindConfiguration(CoachingOptions.Section)
            .Validate(
                o => o.Provider != CoachProvider.OpenAICompatible || (o.OpenAI.Endpoint is not null && !string.IsNullOrWhiteSpace(o.OpenAI.Model)),
                "Coaching:Provider is OpenAICompatible: set Coaching:OpenAI:Endpoint and Coaching:OpenAI:Model.")
            .Validate(o => o.MaxMessageLength > 0 && o.FreeMessagesPerDay >= 0 && o.PremiumMessagesPerDay >= 0 && o.MessagesPerMinute > 0, "Coaching limits must be positive.")
            .ValidateOnStart();
        // Built once: the HTTP pipeline inside is meant to be shared. Resolved only when that provider is configured.
        services.AddKeyedSingleton<IChatClient>(CoachClients.ProviderKey, (sp, _) =>
            CoachClients.CreateOpenAICompatible(sp.GetRequiredService<IOptions<CoachingOptions>>().Value.OpenAI));
        services.AddScoped<CoachClients>();
        services.AddScoped<CoachToolsFactory>();
        services.AddScoped<CoachAllowance>();
        services.AddScoped<CoachConversation>();
        services.AddScoped<ContentCache>();
        services.AddScoped<ContentWriter>();
        services.AddScoped<IPersonalData, CoachingPersonalData>();
        return services;
    }
}
