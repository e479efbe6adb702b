using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Users;

/// <summary>Bad input is a 400 problem naming the field, never a 500, and nothing is written.</summary>
public sealed class BadInputTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    public static TheoryData<string, string> BadRegistrations => new()
    {
        { """{}""", "email" },
        { """{"password":"Str0ng-enough-pass"}""", "email" },
        { """{"email":"no-at-sign","password":"Str0ng-enough-pass"}""", "email" },
        { $$"""{"email":"{{new string('a', 250)}}@x.io","password":"Str0ng-enough-pass"}""", "email" },
        { """{"email":"short@califlow.test","password":"Sh0rt"}""", "password" },
        { """{"email":"digits@califlow.test","password":"only-letters-here"}""", "password" },
        { $$"""{"email":"long@califlow.test","password":"{{new string('a', 130)}}1"}""", "password" },
        { """{"email":null,"password":"Str0ng-enough-pass"}""", "email" },
        { """{"email":42,"password":"Str0ng-enough-pass"}""", "email" },
        { """not json""", "body" },
    };

    [Theory]
    [MemberData(nameof(BadRegistrations))]
    public async Task Bad_registrations_are_400_with_the_field_named(string body, string field)
    {
        var response = await app.CreateClient().PostAsync(
            "/v1/auth/register", new StringContent(body, Encoding.UTF8, "application/json"), _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = await FieldErrors(response);
        errors.Keys.ShouldContain(key => key.StartsWith(field, StringComparison.Ordinal), $"errors were: {string.Join(", ", errors.Keys)}");
    }

    public static TheoryData<string, string> BadProfiles => new()
    {
        { """{"timeZone":"Mars/Olympus_Mons"}""", "timeZone" },
        { """{"heightCm":-5}""", "heightCm" },
        { """{"weightKg":0}""", "weightKg" },
        { """{"trainingDaysPerWeek":9}""", "trainingDaysPerWeek" },
        { """{"sessionMinutes":5}""", "sessionMinutes" },
        { """{"level":"wizard"}""", "level" },
        { """{"level":0}""", "level" },
        { """{"equipment":["jetpack"]}""", "equipment" },
        { """{"preferredWeekdays":[]}""", "preferredWeekdays" },
        { """{"dateOfBirth":"2024-01-01"}""", "dateOfBirth" },
        { """{"goals":["strength","muscle","skills","fat-loss","endurance","mobility","strength"]}""", "goals" },
    };

    [Theory]
    [MemberData(nameof(BadProfiles))]
    public async Task Bad_profile_updates_are_400_and_change_nothing(string body, string field)
    {
        var user = await app.CreateUserAsync();
        var before = await user.Client.GetStringAsync("/v1/me", _ct);

        var response = await user.Client.PatchAsync(
            "/v1/me/profile", new StringContent(body, Encoding.UTF8, "application/json"), _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = await FieldErrors(response);
        errors.Keys.ShouldContain(key => key.StartsWith(field, StringComparison.Ordinal), $"errors were: {string.Join(", ", errors.Keys)}");
        (await user.Client.GetStringAsync("/v1/me", _ct)).ShouldBe(before);
    }

    [Fact]
    public async Task A_rejected_registration_writes_no_user_and_no_event()
    {
        var email = $"weak-{Guid.NewGuid():N}@califlow.test";

        var response = await app.CreateClient().PostAsJsonAsync("/v1/auth/register", new { email, password = "weak" }, _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.ScalarAsync<long>("SELECT count(*) FROM users.users WHERE normalized_email = $1", email)).ShouldBe(0);
        (await app.ScalarAsync<long>("SELECT count(*) FROM users.outbox_messages WHERE payload->>'email' = $1", email)).ShouldBe(0);
    }

    private async Task<Dictionary<string, string[]>> FieldErrors(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(_ct));
        problem.RootElement.GetProperty("status").GetInt32().ShouldBe(400);
        return problem.RootElement.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }
}
