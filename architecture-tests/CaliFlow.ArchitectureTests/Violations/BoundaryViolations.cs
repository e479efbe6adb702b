using CaliFlow.Modules.Users;
using CaliFlow.Modules.Users.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace CaliFlow.ArchitectureTests.Violations;

// Deliberately bad code: RulesCatchViolationsTests runs the real rules on this namespace and expects each type here to be named.

/// <summary>Another module normalising emails the Users way, through an internal type (visible here via InternalsVisibleTo).</summary>
public static class UsesUsersInternals
{
    public static string NormalizeEmail(string email) => User.Normalize(email);
}

/// <summary>Calls the Users entry point: fine for the host, a boundary breach for anything else.</summary>
public static class CallsUsersEntryPoint
{
    public static IServiceCollection RegisterUsers(IServiceCollection services) => services.AddUsersModule();
}
