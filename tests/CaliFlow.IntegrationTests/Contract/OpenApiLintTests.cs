using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Contract;

/// <summary>
/// The committed document passes Spectral's OpenAPI and OWASP API Security rulesets with the project's waivers and rules
/// (openapi/.spectral.yaml): no error. The test command installs the linter (npm ci in openapi/) before the tests run.
/// </summary>
public sealed class OpenApiLintTests
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_committed_document_has_no_lint_errors()
    {
        var folder = Path.Combine(RepositoryTools.Root, "openapi");
        var spectral = Path.Combine(folder, "node_modules", ".bin", "spectral");
        File.Exists(spectral).ShouldBeTrue("the linter is not installed: run `npm ci` in openapi/ (scripts/test.sh does).");

        var (exitCode, output) = await RepositoryTools.RunAsync(
            folder, spectral, ["lint", "v1.json", "--ruleset", ".spectral.yaml", "--fail-severity", "error", "--display-only-failures"], null, _ct);

        exitCode.ShouldBe(0, output);
    }
}
