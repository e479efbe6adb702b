using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Contract;

/// <summary>
/// The API lives under its version's prefix: <c>/v1</c> is served and says which versions exist, a route without a version or
/// with one that does not exist is not found, and the document describes version 1's paths. A version's retirement is
/// announced on each of its answers once configured (README "API contract", "Versions").
/// </summary>
public sealed class VersioningTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Version_1_is_served_under_its_prefix_and_says_which_versions_exist()
    {
        var user = await app.CreateUserAsync();

        using var stats = await user.Client.GetAsync("/v1/stats", _ct);

        stats.StatusCode.ShouldBe(HttpStatusCode.OK);
        stats.Headers.GetValues("api-supported-versions").ShouldBe(["1"]);
        stats.Headers.Contains("Deprecation").ShouldBeFalse(); // nothing announced for version 1
        stats.Headers.Contains("Sunset").ShouldBeFalse();
    }

    [Theory]
    [InlineData("/stats")]
    [InlineData("/v2/stats")]
    [InlineData("/version1/stats")]
    public async Task A_route_without_a_version_or_with_an_unknown_one_is_not_found(string path)
    {
        var user = await app.CreateUserAsync();

        using var response = await user.Client.GetAsync(path, _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_created_resource_is_located_under_the_version_it_was_created_through()
    {
        var user = await app.CreateUserAsync();
        var id = Guid.CreateVersion7();

        using var created = await user.Client.PostAsJsonAsync("/v1/workout-logs", TestRequests.PushUpLog(id), _ct);

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        created.Headers.Location!.OriginalString.ShouldBe($"/v1/workout-logs/{id}");
        (await user.Client.GetAsync(created.Headers.Location, _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_document_of_version_1_has_only_its_paths_and_no_version_parameter()
    {
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json", _ct))!;
        var paths = document["paths"]!.AsObject();

        paths.Select(p => p.Key).Where(p => !p.StartsWith("/v1/", StringComparison.Ordinal)).ShouldBeEmpty();
        paths.SelectMany(p => p.Value!.AsObject())
            .SelectMany(op => op.Value!["parameters"]?.AsArray() ?? [])
            .Where(parameter => (string?)parameter!["name"] == "version")
            .ShouldBeEmpty();
    }

    [Fact]
    public async Task A_version_announced_for_retirement_says_so_on_every_answer()
    {
        await using var announced = new CaliFlowApp(settings: new Dictionary<string, string?>
        {
            ["ApiVersions:1:DeprecatedOn"] = "2027-01-01",
            ["ApiVersions:1:SunsetOn"] = "2027-07-01",
            ["ApiVersions:1:Policy"] = "https://califlow.example/api-versions",
        });
        await announced.InitializeAsync();
        var user = await announced.CreateUserAsync();

        using var stats = await user.Client.GetAsync("/v1/stats", _ct);

        stats.StatusCode.ShouldBe(HttpStatusCode.OK);
        stats.Headers.GetValues("Deprecation").ShouldBe(["@1798761600"]); // RFC 9745: a structured-field date, 2027-01-01
        stats.Headers.GetValues("Sunset").ShouldBe(["Thu, 01 Jul 2027 00:00:00 GMT"]); // RFC 8594: an HTTP date
        var links = string.Join(", ", stats.Headers.GetValues("Link"));
        links.ShouldContain("<https://califlow.example/api-versions>");
        links.ShouldContain("rel=\"deprecation\"");
        links.ShouldContain("rel=\"sunset\"");
    }
}
