using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Users.AccessTokens;
using CaliFlow.Modules.Users.AccountEmails;
using CaliFlow.Modules.Users.Auth;
using CaliFlow.Modules.Users.Contracts;
using CaliFlow.Modules.Users.Domain;
using CaliFlow.Modules.Users.IntegrationEventHandlers;
using CaliFlow.Modules.Users.Persistence;
using CaliFlow.Modules.Users.Roles;
using CaliFlow.Modules.Users.Subscriptions;
using FluentValidation;
using Mediator;
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

        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordHashing.IterationCount);
        services.AddScoped<TokenIssuer>();
        services.AddSingleton<SignInThrottleCleanup>();
        services.AddHostedService(sp => sp.GetRequiredService<SignInThrottleCleanup>());
        services.AddScoped<Sessions>();
        services.AddScoped<Reauthentication>();
        services.AddScoped<SignInThrottles>();
        services.AddScoped<ISessionValidator, SessionValidator>();
        services.Configure<NearCacheOptions>(o => o.Prefixes.Add(UsersCacheKeys.SessionPrefix));
        services.AddScoped<IAccessTokens, AccessTokenStore>();
        services.AddSingleton<AccessTokenUses>();
        services.AddScoped<AccessTokenRevocation>();
        services.Configure<NearCacheOptions>(o => o.Prefixes.Add(UsersCacheKeys.AccessTokenPrefix));
        services.AddScoped<IPasswordConfirmation, PasswordConfirmation>();
        services.TryAddScoped<AuditTrail>();
        services.AddScoped<SubscriptionReader>();
        services.AddScoped<IUsersQueries, UsersQueries>();
        services.AddScoped<IPersonalData, UsersPersonalData>();
        services.AddIntegrationEventHandler<SubscriptionChangedIntegrationEvent, ApplySubscriptionChange, UsersDbContext>();
        // Account mail leaves through the module's own outbox, after the command that asked for it committed.
        services.AddOptions<AppLinkOptions>().BindConfiguration("App");
        services.AddIntegrationEventHandler<AccountEmailRequestedIntegrationEvent, SendAccountEmail, UsersDbContext>();

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

    /// <summary>
    /// The operator's <c>admin grant|revoke &lt;email&gt;</c> command (also what tests use to make an admin). Answers the
    /// process exit code: 0 when the account has the role afterwards, 1 when the account or the arguments are wrong, or when
    /// admin is granted to an account whose email address is not verified.
    /// </summary>
    public static async Task<int> RunAdminCommandAsync(this IServiceProvider services, IReadOnlyList<string> args, TextWriter output)
    {
        if (args is not [var verb, var email] || verb is not ("grant" or "revoke"))
        {
            await output.WriteLineAsync("usage: admin grant|revoke <email>");
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        try
        {
            var result = await sender.Send(new ChangeRoleCommand(email, verb == "grant" ? UserRoles.Admin : UserRoles.Member));
            if (!result.IsSuccess)
            {
                await output.WriteLineAsync(result.Error!.Detail);
                return 1;
            }

            var changed = result.Value;
            await output.WriteLineAsync(changed.Changed
                ? $"{changed.Email} is now {changed.Role}."
                : $"{changed.Email} was already {changed.Role}.");
            return 0;
        }
        catch (FluentValidation.ValidationException invalid)
        {
            await output.WriteLineAsync(string.Join(Environment.NewLine, invalid.Errors.Select(e => e.ErrorMessage)));
            return 1;
        }
    }
}
