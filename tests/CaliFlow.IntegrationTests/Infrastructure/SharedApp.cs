using CaliFlow.IntegrationTests.Infrastructure;

// One host and database for every test that does not need special settings; tests isolate themselves by using fresh users.
[assembly: AssemblyFixture(typeof(CaliFlowApp))]
