using System.Text.Json.Nodes;
using Shouldly;

namespace CaliFlow.UnitTests.Contract;

/// <summary>The breaking-change check on small documents: each kind of change it must flag, and additions it must let through.</summary>
public sealed class ContractDiffTests
{
    // One operation: POST /logs with a body (a component, to prove $refs are followed) and a 201 answer.
    private static JsonNode Document(string body = """{"type":"object","properties":{"notes":{"type":["null","string"],"maxLength":100}}}""",
        string answer = """{"type":"object","required":["id","kind"],"properties":{"id":{"type":"string"},"kind":{"type":"string","enum":["a","b"]}}}""",
        string parameters = "[]", string path = "/logs") =>
        JsonNode.Parse("""
        {"openapi":"3.1.1","paths":{"PATH":{"post":{
          "parameters":PARAMETERS,
          "requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Log"}}}},
          "responses":{"201":{"content":{"application/json":{"schema":ANSWER}}}}}}},
         "components":{"schemas":{"Log":BODY}}}
        """.Replace("PATH", path).Replace("PARAMETERS", parameters).Replace("ANSWER", answer).Replace("BODY", body))!;

    private static List<string> Breaks(JsonNode current) => ContractDiff.BreakingChanges(Document(), current);

    [Fact]
    public void The_same_document_breaks_nothing() => Breaks(Document()).ShouldBeEmpty();

    [Fact]
    public void A_gone_operation_breaks() =>
        Breaks(Document(path: "/other")).ShouldBe(["POST /logs: the operation is gone"]);

    [Fact]
    public void A_new_optional_request_field_is_fine_and_a_new_required_one_breaks()
    {
        Breaks(Document(body: """{"type":"object","properties":{"notes":{"type":["null","string"],"maxLength":100},"feel":{"type":"string","maxLength":9}}}"""))
            .ShouldBeEmpty();
        Breaks(Document(body: """{"type":"object","required":["feel"],"properties":{"notes":{"type":["null","string"],"maxLength":100},"feel":{"type":"string","maxLength":9}}}"""))
            .ShouldBe(["POST /logs request: field feel is now required"]);
    }

    [Fact]
    public void Tighter_request_limits_and_narrower_request_types_break_and_looser_ones_do_not()
    {
        Breaks(Document(body: """{"type":"object","properties":{"notes":{"type":["null","string"],"maxLength":200}}}""")).ShouldBeEmpty();
        Breaks(Document(body: """{"type":"object","properties":{"notes":{"type":["null","string"],"maxLength":50}}}"""))
            .ShouldBe(["POST /logs request.notes: maxLength tightened from 100 to 50"]);
        Breaks(Document(body: """{"type":"object","properties":{"notes":{"type":"string","maxLength":100}}}"""))
            .ShouldBe(["POST /logs request.notes: type null|string became string"]);
    }

    [Fact]
    public void An_answer_field_gone_or_no_longer_always_there_breaks_and_a_new_one_does_not()
    {
        Breaks(Document(answer: """{"type":"object","required":["id","kind","extra"],"properties":{"id":{"type":"string"},"kind":{"type":"string","enum":["a","b"]},"extra":{"type":"integer"}}}"""))
            .ShouldBeEmpty();
        Breaks(Document(answer: """{"type":"object","required":["kind"],"properties":{"kind":{"type":"string","enum":["a","b"]}}}"""))
            .ShouldBe(["POST /logs 201: field id is gone"]);
        Breaks(Document(answer: """{"type":"object","required":["kind"],"properties":{"id":{"type":["null","string"]},"kind":{"type":"string","enum":["a","b"]}}}"""))
            .ShouldBe(["POST /logs 201: field id is no longer always there", "POST /logs 201.id: type string became null|string"]);
    }

    [Fact]
    public void A_new_word_in_an_answer_breaks_a_client_that_knows_only_the_old_ones() =>
        Breaks(Document(answer: """{"type":"object","required":["id","kind"],"properties":{"id":{"type":"string"},"kind":{"type":"string","enum":["a","b","c"]}}}"""))
            .ShouldBe(["POST /logs 201.kind: the allowed words changed from [\"a\", \"b\"] to [\"a\", \"b\", \"c\"]"]);

    [Fact]
    public void A_new_required_parameter_breaks_and_a_new_optional_one_does_not()
    {
        Breaks(Document(parameters: """[{"name":"dry","in":"query","schema":{"type":"boolean"}}]""")).ShouldBeEmpty();
        Breaks(Document(parameters: """[{"name":"dry","in":"query","required":true,"schema":{"type":"boolean"}}]"""))
            .ShouldBe(["POST /logs: new required parameter query:dry"]);
    }
}
