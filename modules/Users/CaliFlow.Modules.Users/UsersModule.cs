using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.System.Contracts;
using CaliFlow.Modules.Users.Auth;
using CaliFlow.Modules.Users.Contracts;
using CaliFlow.Modules.Users.Domain;
using CaliFlow.Modules.Users.IntegrationEventHandlers;
using CaliFlow.Modules.Users.Persistence;
using CaliFlow.Modules.Users.Subscriptions;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaliFlow.Modules.Users;

/// <summary>The Users module's only public door: accounts, authentication, training profile, subscription.</summary>
public static class UsersModule
{
    public static IServiceCollection AddUsersModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<UsersDbContext>(UsersDbContext.Schema);
        services.AddOutboxDispatcher<UsersDbContext>();
        services.AddCarterModulesFrom(typeof(UsersModule).Assembly);
        services.AddValidatorsFromAssembly(typeof(UsersModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true); // stateless: built once, not per request
        services.AddOptions<UsersOptions>().BindConfiguration("Users");

        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddScoped<TokenIssuer>();
        services.TryAddScoped<AuditTrail>();
        services.AddScoped<SubscriptionReader>();
        services.AddScoped<IUsersQueries, UsersQueries>();
        services.AddScoped<IPersonalData, UsersPersonalData>();
        services.AddIntegrationEventHandler<SubscriptionChangedIntegrationEvent, ApplySubscriptionChange, UsersDbContext>();

        services.AddScoped<IAuthorizationHandler, PremiumSubscriptionHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(UsersPolicies.Premium, policy => policy
                .RequireAuthenticatedUser()
                .AddRequirements(new PremiumSubscriptionRequirement()))
            .AddPolicy(UsersPolicies.Admin, policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim(CaliFlowClaims.Role, UserRoles.Admin));
        return services;
    }
}
