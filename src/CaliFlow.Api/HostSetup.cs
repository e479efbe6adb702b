using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Hosting;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.BuildingBlocks.Email;
using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.BuildingBlocks.Security;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Api.OpenApi;
using CaliFlow.Modules.Coaching;
using CaliFlow.Modules.Exercises;
using CaliFlow.Modules.Gamification;
using CaliFlow.Modules.Nutrition;
using CaliFlow.Modules.Platform;
using CaliFlow.Modules.Programming;
using CaliFlow.Modules.Progress;
using CaliFlow.Modules.Users;
using Carter;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Scalar.AspNetCore;
using StackExchange.Redis;

namespace CaliFlow.Api;

/// <summary>Composition of the host: cross-cutting web concerns, then one line per module.</summary>
internal static class HostSetup
{
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    public static void AddCaliFlowHost(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.ConfigureHttpJsonOptions(o => JsonDefaults.Apply(o.SerializerOptions));
        // Unreadable bodies throw in every environment, so ProblemExceptionHandler can name the offending field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
            c.ProblemDetails.Extensions.TryAdd("traceId", c.HttpContext.TraceIdentifier));
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddAdmissionControl();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<IRequestOrigin, HttpRequestOrigin>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();

        services.AddCaliFlowPersistence(configuration);
        services.AddCaliFlowCaching(configuration);
        services.AddCaliFlowJwt();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure(bearer => bearer.Events = new JwtBearerEvents { OnTokenValidated = SessionCheck.OnTokenValidated });
        services.AddAccessTokenAuthentication();
        services.AddCaliFlowEmail();
        // Deny by default: an endpoint that says nothing needs a signed-in user; anonymous routes say AllowAnonymous.
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddOptions<DocsOptions>().BindConfiguration(DocsOptions.Section);
        services.AddOptions<WebAppOptions>().BindConfiguration(WebAppOptions.Section);
        services.AddCaliFlowRateLimiting();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>(ConfigureForwardedHeaders);
        // On SIGTERM requests in flight finish and background loops let go of their work within this time: under the
        // 30 s an orchestrator usually waits before it sends SIGKILL (Kubernetes' default grace period).
        services.AddOptions<HostOptions>().Configure<IConfiguration>((host, config) =>
            host.ShutdownTimeout = config.GetValue("Host:ShutdownTimeout", TimeSpan.FromSeconds(25)));
        // Every body is small JSON except where an endpoint says otherwise (RequestSizeLimit metadata: photos, provider
        // webhooks); Kestrel enforces the limit while reading, chunked bodies included.
        services.AddOptions<KestrelServerOptions>().Configure<IConfiguration>((kestrel, config) =>
            kestrel.Limits.MaxRequestBodySize = config.GetValue("Requests:MaxBodyBytes", DefaultMaxBodyBytes));

        services.AddMediator((Mediator.MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(UsersModule), typeof(ExercisesModule), typeof(ProgrammingModule), typeof(ProgressModule), typeof(NutritionModule), typeof(GamificationModule), typeof(CoachingModule), typeof(PlatformModule)];
            options.PipelineBehaviors =
            [
                typeof(LoggingBehavior<,>),
                typeof(ValidationBehavior<,>),
                typeof(TransactionBehavior<,>),
                typeof(SnapshotReadBehavior<,>),
            ];
        });
        // Validators are registered by each module (scoped, internal types included); Carter must not scan them again.
        services.AddCarter(configurator: c => c.WithEmptyValidators());
        services.AddCaliFlowApiVersioning(configuration);
        services.AddOpenApi(o => o
            .AddDocumentTransformer<BearerSecuritySchemeTransformer>()
            .AddSchemaTransformer<ValidationRulesSchemaTransformer>()
            .AddOperationTransformer<SliceOperationIdTransformer>()
            .AddOperationTransformer<StandardResponsesTransformer>()
            .AddOperationTransformer<AccessTokenScopeTransformer>()
            .AddOperationTransformer<ValidationRulesParameterTransformer>()
            .AddOperationTransformer<RequestExampleTransformer>());

        services.AddHealthChecks()
            .AddNpgSql(sp => sp.GetRequiredService<NpgsqlDataSource>(), name: "postgresql", tags: ["ready"], timeout: TimeSpan.FromSeconds(2))
            .AddRedis(sp => sp.GetRequiredService<IConnectionMultiplexer>(), name: "redis",
                failureStatus: HealthStatus.Degraded, tags: ["ready"], timeout: TimeSpan.FromSeconds(2));

        // Traces and metrics are collected only when there is somewhere to send them: recording an activity and its tags for
        // every request costs about a tenth of a cached read (bench/README.md), and with no exporter nobody reads them.
        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            services.AddOpenTelemetry()
                .ConfigureResource(r => r.AddService("CaliFlow.Api"))
                .WithTracing(t => t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddSource("Npgsql"))
                .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation()
                    .AddMeter("Npgsql", OutboxMetrics.MeterName))
                .UseOtlpExporter();
        }

        services.AddCaliFlowMcp();
        services.AddUsersModule();
        services.AddExercisesModule();
        services.AddProgrammingModule();
        services.AddProgressModule();
        services.AddNutritionModule();
        services.AddGamificationModule();
        services.AddCoachingModule();
        services.AddPlatformModule();
    }

    public static void UseCaliFlowHost(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseSecurityHeaders();
        app.UseAdmissionControl();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts(); // only on https requests, which behind a TLS-terminating proxy the forwarded headers make them
        }

        app.UseStatusCodePages();
        app.UseWebApp(); // public static files: before authentication, which they do not need
        app.UseAuthentication();
        app.UseAccessTokenScopes();
        app.UseRateLimiter();
        app.UseAuthorization();

        // The API description helps an attacker as much as a client developer: served outside Development only when asked for.
        if (app.Services.GetRequiredService<IOptions<DocsOptions>>().Value.Served(app.Environment))
        {
            app.MapOpenApi().AllowAnonymous();
            app.MapScalarApiReference("/docs", o => o.WithTitle("CaliFlow API")).AllowAnonymous();
        }

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).AllowAnonymous();
        app.MapVersionedApi();
        app.MapCaliFlowMcp();
        if (app.Environment.IsDevelopment())
        {
            app.MapDevelopmentMailPage(); // the folder sender's messages, with their links: never outside Development
        }
    }

    /// <summary>
    /// Behind a load balancer the client's address and scheme arrive in X-Forwarded-For/-Proto. They are believed only from
    /// the proxies named in ForwardedHeaders:KnownProxies (addresses) or :KnownNetworks (CIDR); from anyone else they are
    /// ignored, or a client could pick its own rate-limit bucket and audit address.
    /// </summary>
    private static void ConfigureForwardedHeaders(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
        {
            options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        }

        foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        options.ForwardLimit = configuration.GetValue("ForwardedHeaders:ForwardLimit", 1);
        // With no proxy named the middleware would trust every sender, so then it reads nothing.
        options.ForwardedHeaders = options.KnownProxies.Count + options.KnownIPNetworks.Count > 0
            ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
            : ForwardedHeaders.None;
    }
}

internal sealed class DocsOptions
{
    public const string Section = "Docs";

    /// <summary>Serve /docs and /openapi/v1.json outside Development (default: only in Development and the tests).</summary>
    public bool Enabled { get; set; }

    public bool Served(IHostEnvironment environment) =>
        Enabled || environment.IsDevelopmentOrTesting();
}
