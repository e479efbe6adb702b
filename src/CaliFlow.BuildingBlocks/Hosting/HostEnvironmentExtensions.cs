using Microsoft.Extensions.Hosting;

namespace CaliFlow.BuildingBlocks.Hosting;

public static class HostEnvironmentExtensions
{
    /// <summary>The integration tests run the host as "Testing".</summary>
    public const string Testing = "Testing";

    /// <summary>Where conveniences that must never reach a real deployment (sandbox payments, API docs) are on by default.</summary>
    public static bool IsDevelopmentOrTesting(this IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment(Testing);
}
