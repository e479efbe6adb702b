using System.Threading.RateLimiting;
using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Email;
using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.BuildingBlocks.Security;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Coaching;
using CaliFlow.Modules.Exercises;
using CaliFlow.Modules.Gamification;
using CaliFlow.Modules.Nutrition;
using CaliFlow.Modules.Programming;
using CaliFlow.Modules.Progress;
using CaliFlow.Modules.System;
using CaliFlow.Modules.Users;
using Carter;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
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
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<IRequestOrigin, HttpRequestOrigin>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();

        services.AddCaliFlowPersistence(configuration);
        services.AddCaliFlowCaching(configuration);
        services.AddCaliFlowJwt();
        services.AddCaliFlowEmail();
        services.AddAuthorization();
        services.AddCaliFlowRateLimiting();

        services.AddMediator((Mediator.MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(UsersModule), typeof(ExercisesModule), typeof(ProgrammingModule), typeof(ProgressModule), typeof(NutritionModule), typeof(GamificationModule), typeof(CoachingModule), typeof(SystemModule)];
            options.PipelineBehaviors =
            [
                typeof(LoggingBehavior<,>),
                typeof(ValidationBehavior<,>),
                typeof(TransactionBehavior<,>),
            ];
        });
        // Validators are registered by each module (scoped, internal types included); Carter must not scan them again.
        services.AddCarter(configurator: c => c.WithEmptyValidators());
        services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecuritySchemeTransformer>());

        services.AddHealthChecks()
            .AddNpgSql(sp => sp.GetRequiredService<NpgsqlDataSource>(), name: "postgresql", tags: ["ready"])
            .AddRedis(sp => sp.GetRequiredService<IConnectionMultiplexer>(), name: "redis",
                failureStatus: HealthStatus.Degraded, tags: ["ready"], timeout: TimeSpan.FromSeconds(2));

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("CaliFlow.Api"))
            .WithTracing(t => t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddSource("Npgsql"))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation()
                .AddMeter("Npgsql"));
        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        services.AddUsersModule();
        services.AddExercisesModule();
        services.AddProgrammingModule();
        services.AddProgressModule();
        services.AddNutritionModule();
        services.AddGamificationModule();
        services.AddCoachingModule();
        services.AddSystemModule();
    }

    public static void UseCaliFlowHost(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();

        app.MapOpenApi();
        app.MapScalarApiReference("/docs", o => o.WithTitle("CaliFlow API"));
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        app.MapCarter();
        if (app.Environment.IsDevelopment())
        {
            app.MapDevelopmentMailPage(); // the folder sender's messages, with their links: never outside Development
        }
    }

    private static void AddCaliFlowRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitingOptions>().BindConfiguration("RateLimiting");
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(RateLimitPolicies.Auth, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value.AuthPermitsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                }));
            o.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(
                        System.Globalization.CultureInfo.InvariantCulture);
                }

                await TypedResults.Problem(
                        statusCode: StatusCodes.Status429TooManyRequests,
                        title: "Too many requests.",
                        detail: "Slow down and try again in a minute.")
                    .ExecuteAsync(context.HttpContext);
            };
        });
    }
}

internal sealed class RateLimitingOptions
{
    /// <summary>Per client address, for sign-in, registration, password changes and resets, and email verification.</summary>
    public int AuthPermitsPerMinute { get; set; } = 10;
}
