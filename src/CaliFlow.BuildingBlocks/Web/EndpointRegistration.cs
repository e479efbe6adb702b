using System.Reflection;
using Carter;
using Microsoft.Extensions.DependencyInjection;

namespace CaliFlow.BuildingBlocks.Web;

public static class EndpointRegistration
{
    /// <summary>
    /// Registers a module's Carter modules. Carter's own scan sees only public types, and slices are internal; the host's
    /// MapCarter() maps everything registered here.
    /// </summary>
    public static IServiceCollection AddCarterModulesFrom(this IServiceCollection services, Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(ICarterModule).IsAssignableFrom(t)))
        {
            services.AddSingleton(typeof(ICarterModule), type);
        }

        return services;
    }
}
