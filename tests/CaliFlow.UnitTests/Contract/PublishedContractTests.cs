using System.Text.Json.Nodes;
using Shouldly;

namespace CaliFlow.UnitTests.Contract;

/// <summary>
/// Version 1 as published (openapi/published/v1.json) still holds: the committed document (openapi/v1.json, which the
/// integration tests hold equal to what the code serves) breaks no client built against it. A change that must break goes
/// to a new version; the README ("API contract") says when the published copy moves.
/// </summary>
public sealed class PublishedContractTests
{
    [Fact]
    public void The_current_document_breaks_no_client_of_the_published_v1()
    {
        var root = RepositoryFolder.Root;
        var published = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "openapi", "published", "v1.json")))!;
        var current = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "openapi", "v1.json")))!;

        published["paths"]!.AsObject().Count.ShouldBeGreaterThan(0);
        ContractDiff.BreakingChanges(published, current).ShouldBeEmpty();
    }
}
