using CaliFlow.Api;
using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Users;

var builder = WebApplication.CreateBuilder(args);
builder.AddCaliFlowHost();

var app = builder.Build();

// `dotnet CaliFlow.Api.dll migrate` applies every module's migrations and exits: the production path.
if (args.Contains("migrate"))
{
    await app.Services.MigrateModulesAsync();
    return;
}

// `dotnet CaliFlow.Api.dll admin grant|revoke <email>`: the only way to make (or unmake) an admin; audited.
if (args is ["admin", .. var adminArgs])
{
    Environment.ExitCode = await app.Services.RunAdminCommandAsync(adminArgs, Console.Out);
    return;
}

if (app.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
{
    await app.Services.MigrateModulesAsync();
}

app.UseCaliFlowHost();
await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
