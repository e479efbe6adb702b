using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.Caching.Hybrid;
using Shouldly;
using Xunit;

namespace CaliFlow.ArchitectureTests;

/// <summary>
/// BannedSymbols.txt turns "never call X" into a compile error (RS0030), but an entry whose documentation id names nothing bans
/// nothing, silently: a renamed overload or a typo would leave the rule unguarded. Each entry must resolve to a real symbol.
/// </summary>
public sealed class BannedSymbolsTests
{
    public static TheoryData<string> BannedIds() => [.. DocumentationIds()];

    [Theory]
    [MemberData(nameof(BannedIds))]
    public void Every_banned_symbol_names_a_member_that_exists(string documentationId)
    {
        DocumentationCommentId.GetSymbolsForDeclarationId(documentationId, Compilation.Value)
            .ShouldNotBeEmpty($"'{documentationId}' resolves to nothing, so the analyzer would ban nothing");
    }

    [Fact]
    public void Request_scoped_cache_reads_are_banned_from_calling_HybridCache_directly()
    {
        // The rule the list exists for (README, "Cache factories that read through the request's DbContext are waited for"):
        // every overload, the ones a later package version adds included.
        var hybridCache = Compilation.Value.GetTypeByMetadataName(typeof(HybridCache).FullName!).ShouldNotBeNull();
        var overloads = hybridCache.GetMembers(nameof(HybridCache.GetOrCreateAsync))
            .Select(member => DocumentationCommentId.CreateDeclarationId(member)!.Split('~')[0]) // without the return type
            .ToList();

        overloads.ShouldNotBeEmpty();
        overloads.Except(DocumentationIds()).ShouldBeEmpty("these overloads of HybridCache.GetOrCreateAsync are not banned");
    }

    private static List<string> DocumentationIds() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "BannedSymbols.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal))
            .Select(line => line.Split(';')[0].Trim())
            .ToList();

    private static readonly Lazy<CSharpCompilation> Compilation = new(() =>
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = platform.Append(typeof(HybridCache).Assembly.Location)
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));
        return CSharpCompilation.Create("BannedSymbols", references: references);
    });
}
