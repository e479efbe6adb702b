using System.Text.Json;
using System.Text.Json.Nodes;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Contract;

/// <summary>
/// <c>openapi/v1.json</c> is the document the code serves, so every contract change shows up in review as a diff of that file.
/// <c>scripts/openapi.sh</c> writes it (this test, with <c>CALIFLOW_WRITE_OPENAPI=1</c>).
/// </summary>
public sealed class CommittedDocumentTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_committed_document_is_the_one_the_code_serves()
    {
        var served = Normalised(await app.CreateClient().GetStringAsync("/openapi/v1.json", _ct));
        var path = Path.Combine(RepositoryTools.Root, "openapi", "v1.json");
        if (Environment.GetEnvironmentVariable("CALIFLOW_WRITE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, served, _ct);
        }

        File.Exists(path).ShouldBeTrue("openapi/v1.json is missing: run scripts/openapi.sh.");
        (await File.ReadAllTextAsync(path, _ct)).ShouldBe(served, "openapi/v1.json is not what the code serves: run scripts/openapi.sh and review the diff.");
    }

    // The server entry is where the test host happens to listen, not part of the contract.
    private static string Normalised(string document)
    {
        var root = JsonNode.Parse(document)!.AsObject();
        root.Remove("servers");
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).ReplaceLineEndings("\n") + "\n";
    }
}
