using System.Text.Json.Nodes;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Contract;

/// <summary>The served OpenAPI document states what the API accepts, as the validators enforce it.</summary>
public sealed class OpenApiDocumentTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private async Task<JsonNode> DocumentAsync() =>
        JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json", _ct))!;

    private static JsonNode Schema(JsonNode document, string name) => document["components"]!["schemas"]![name]!;

    private static string[] Required(JsonNode schema) =>
        schema["required"]?.AsArray().Select(n => n!.GetValue<string>()).Order().ToArray() ?? [];

    [Fact]
    public async Task A_request_requires_only_what_its_validator_requires()
    {
        var document = await DocumentAsync();

        Required(Schema(document, "LogWorkoutCommand")).ShouldBe(["exercises", "id", "performedOn"]);
        Required(Schema(document, "PerformedSet")).ShouldBeEmpty(); // reps or holdSeconds: a rule across fields, not a required one
    }

    [Fact]
    public async Task The_validators_limits_are_in_the_schemas()
    {
        var log = Schema(await DocumentAsync(), "LogWorkoutCommand")["properties"]!;

        log["notes"]!["maxLength"]!.GetValue<int>().ShouldBe(2000);
        log["durationMinutes"]!["minimum"]!.GetValue<int>().ShouldBe(1);
        log["durationMinutes"]!["maximum"]!.GetValue<int>().ShouldBe(600);
        log["exercises"]!["minItems"]!.GetValue<int>().ShouldBe(1);
        log["exercises"]!["maxItems"]!.GetValue<int>().ShouldBe(40);
        log["id"]!["maxLength"]!.GetValue<int>().ShouldBe(36); // a UUID's length
    }

    [Fact]
    public async Task Map_and_list_rules_reach_the_schemas()
    {
        var document = await DocumentAsync();
        var plan = Schema(document, "GeneratePlanCommand")["properties"]!;
        var checkIn = Schema(document, "SubmitCheckInCommand")["properties"]!;

        plan["preferredWeekdays"]!["minItems"]!.GetValue<int>().ShouldBe(1);
        plan["preferredWeekdays"]!["uniqueItems"]!.GetValue<bool>().ShouldBeTrue();
        plan["currentVariations"]!["additionalProperties"]!["maxLength"]!.GetValue<int>().ShouldBe(80);
        plan["currentVariations"]!["maxProperties"]!.GetValue<int>().ShouldBe(30);
        checkIn["pain"]!["additionalProperties"]!["maximum"]!.GetValue<int>().ShouldBe(10);
    }

    [Fact]
    public async Task Numbers_are_numbers_and_computed_fields_are_read_only()
    {
        var document = await DocumentAsync();
        var text = document.ToJsonString();

        // The web defaults' "integer or string" typing is gone everywhere.
        text.ShouldNotContain("\"integer\",\"string\"");
        text.ShouldNotContain("\"number\",\"string\"");
        Schema(document, "AchievementRule")["properties"]!["counterKey"]!["readOnly"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task Every_operation_has_a_unique_id_named_after_its_module_and_slice()
    {
        var operations = (await DocumentAsync())["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => (Route: $"{op.Key.ToUpperInvariant()} {path.Key}", Id: (string?)op.Value!["operationId"])))
            .ToList();

        operations.Where(o => o.Id is null).Select(o => o.Route).ShouldBeEmpty();
        operations.GroupBy(o => o.Id).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
        operations.Where(o => !System.Text.RegularExpressions.Regex.IsMatch(o.Id!, "^[a-z]+_[a-z][A-Za-z]+$")).Select(o => o.Id).ShouldBeEmpty();
        operations.ShouldContain(("POST /v1/workout-logs", "progress_logWorkout"));
        operations.ShouldContain(("GET /v1/photos/{id}/thumbnail", "progress_getPhotoThumbnail"));
    }

    [Fact]
    public async Task The_hosts_own_answers_are_documented_where_they_can_happen()
    {
        var paths = (await DocumentAsync())["paths"]!;
        static string[] Statuses(JsonNode operation) => [.. operation["responses"]!.AsObject().Select(r => r.Key).Order()];

        var login = paths["/v1/auth/login"]!["post"]!;
        login["security"]!.AsArray().ShouldBeEmpty(); // anonymous: no token asked
        login["responses"]!["429"]!["headers"]!["Retry-After"].ShouldNotBeNull();
        login["responses"]!["200"]!["headers"]!["RateLimit"].ShouldNotBeNull(); // every answer of a limited route says where it stands
        login["responses"]!["429"]!["headers"]!["RateLimit-Policy"].ShouldNotBeNull();

        var createExercise = paths["/v1/exercises"]!["post"]!;
        Statuses(createExercise).ShouldContain("401");
        Statuses(createExercise).ShouldContain("403"); // admins only
        createExercise["security"].ShouldBeNull(); // the document's bearer requirement applies

        var me = paths["/v1/me"]!["get"]!;
        Statuses(me).ShouldContain("401");
        Statuses(me).ShouldNotContain("403");
        Statuses(me).ShouldNotContain("400"); // no input, nothing to be invalid
        Statuses(me).ShouldNotContain("429"); // not rate limited
        me["responses"]!["200"]!["headers"]?["RateLimit"].ShouldBeNull();
        Statuses(me).ShouldContain("500");
    }

    [Fact]
    public async Task Parameters_and_form_fields_take_the_rules_of_their_slices_request()
    {
        var paths = (await DocumentAsync())["paths"]!;
        static JsonNode Parameter(JsonNode operation, string name) =>
            operation["parameters"]!.AsArray().Single(p => (string?)p!["name"] == name)!;

        var metricType = Parameter(paths["/v1/metrics"]!["get"]!, "type")["schema"]!;
        metricType["enum"]!.AsArray().Select(v => (string?)v).ShouldBe(["body-weight", "measurements", "wellness"], ignoreOrder: true);

        var listExercises = paths["/v1/exercises"]!["get"]!;
        Parameter(listExercises, "q")["schema"]!["maxLength"]!.GetValue<int>().ShouldBe(100); // bound to Search
        Parameter(listExercises, "cursor")["schema"]!["maxLength"]!.GetValue<int>().ShouldBe(200);
        Parameter(listExercises, "equipment")["schema"]!["items"]!["enum"]!.AsArray().ShouldContain(v => (string?)v == "rings");

        var outcome = Parameter(paths["/v1/billing/sandbox/checkout/{sessionId}"]!["post"]!, "outcome");
        outcome["required"]!.GetValue<bool>().ShouldBeTrue();
        outcome["schema"]!["enum"]!.AsArray().Select(v => (string?)v).ShouldBe(["pay", "decline"]);

        // Route constraints are the path's limits.
        Parameter(paths["/v1/exercises/{idOrSlug}"]!["get"]!, "idOrSlug")["schema"]!["maxLength"]!.GetValue<int>().ShouldBe(80);

        var photo = paths["/v1/photos"]!["post"]!["requestBody"]!["content"]!["multipart/form-data"]!["schema"]!["allOf"]!.AsArray()
            .SelectMany(part => part!["properties"]!.AsObject()).ToDictionary(p => p.Key, p => p.Value!);
        photo["file"]["format"]!.GetValue<string>().ShouldBe("binary");
        photo["file"]["maxLength"]!.GetValue<long>().ShouldBeGreaterThanOrEqualTo(10 * 1024 * 1024);
        photo["notes"]["maxLength"]!.GetValue<int>().ShouldBe(500);
        photo["pose"]["enum"]!.AsArray().ShouldContain(v => (string?)v == "front");
    }

    [Fact]
    public async Task Every_documented_request_example_is_accepted_by_the_api()
    {
        var examples = (await DocumentAsync())["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => (Method: op.Key, Path: path.Key,
                Example: op.Value!["requestBody"]?["content"]?["application/json"]?["example"])))
            .Where(e => e.Example is not null)
            .ToList();
        examples.Select(e => $"{e.Method} {e.Path}").ShouldBe(["patch /v1/me/profile", "post /v1/plans", "post /v1/workout-logs"], ignoreOrder: true);

        foreach (var (method, path, example) in examples)
        {
            var user = await app.CreateUserAsync();
            var body = example!.DeepClone().AsObject();
            if (body.ContainsKey("id"))
            {
                body["id"] = Guid.CreateVersion7().ToString(); // ids are the client's and unique: the example's was used before
            }

            using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), path)
            {
                Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
            };
            using var response = await user.Client.SendAsync(request, _ct);
            response.IsSuccessStatusCode.ShouldBeTrue($"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(_ct)}");
        }
    }
}
