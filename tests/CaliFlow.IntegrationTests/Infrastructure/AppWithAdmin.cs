namespace CaliFlow.IntegrationTests.Infrastructure;

/// <summary>
/// One host and database for a test class, with an admin account: for admin tests that change shared reference data (the
/// library, achievement definitions) the other test classes read.
/// </summary>
public sealed class AppWithAdmin : IAsyncLifetime
{
    public CaliFlowApp App { get; } = new();

    public TestUser Admin { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await App.InitializeAsync();
        Admin = await App.CreateAdminAsync();
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
