using Asp.Versioning;
using Carter;

namespace CaliFlow.Api;

/// <summary>
/// Every API route lives under its version's prefix (<c>/v1/...</c>), and each version gets its own OpenAPI document named
/// after it. A version's end of life comes from configuration (<c>ApiVersions:{version}:DeprecatedOn / SunsetOn / Policy</c>),
/// so announcing it needs no release: every answer of that version then carries <c>Deprecation</c> (RFC 9745) and
/// <c>Sunset</c> (RFC 8594) headers and a link to the policy. README "API contract" says how long a version lives.
/// </summary>
internal static class ApiVersions
{
    public static readonly ApiVersion V1 = new(1);

    public const string Section = "ApiVersions";

    public static IServiceCollection AddCaliFlowApiVersioning(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddApiVersioning(options =>
            {
                options.DefaultApiVersion = V1;
                options.ApiVersionReader = new UrlSegmentApiVersionReader();
                options.ReportApiVersions = true;
                foreach (var entry in configuration.GetSection(Section).GetChildren())
                {
                    AnnounceEndOfLife(options.Policies, ApiVersionParser.Default.Parse(entry.Key), entry.Get<VersionLifetime>()!);
                }
            })
            .AddApiExplorer(options =>
            {
                options.GroupNameFormat = "'v'VVV"; // "v1": the OpenAPI document of that name holds the version's operations
                options.SubstituteApiVersionInUrl = true;
            });
        return services;
    }

    /// <summary>Maps every module's endpoints under <c>/v{version}</c>; the routes outside it (health, documents) are not versioned.</summary>
    public static void MapVersionedApi(this WebApplication app) =>
        app.NewVersionedApi().MapGroup("/v{version:apiVersion}").HasApiVersion(V1).MapCarter();

    private static void AnnounceEndOfLife(IApiVersioningPolicyBuilder policies, ApiVersion version, VersionLifetime lifetime)
    {
        if (lifetime.DeprecatedOn is { } deprecatedOn)
        {
            var deprecation = policies.Deprecate(version).Effective(StartOf(deprecatedOn));
            if (lifetime.Policy is { } policy)
            {
                deprecation.Link(policy).Title("API version policy").Type("text/html");
            }
        }

        if (lifetime.SunsetOn is { } sunsetOn)
        {
            var sunset = policies.Sunset(version).Effective(StartOf(sunsetOn));
            if (lifetime.Policy is { } policy)
            {
                sunset.Link(policy).Title("API version policy").Type("text/html");
            }
        }
    }

    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private sealed record VersionLifetime(DateOnly? DeprecatedOn, DateOnly? SunsetOn, Uri? Policy);
}
