using System.Net.Http.Headers;
using CaliFlow.Client;
using CaliFlow.Client.Models;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.IntegrationTests.Platform;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Shouldly;

namespace CaliFlow.IntegrationTests.Contract;

/// <summary>
/// The C# client Kiota generates from the committed document at build (see the project file) runs the same journey as the
/// TypeScript one: register → sign in → profile → plan → today's workout → log it with a client-made UUIDv7 → stats →
/// achievements.
/// </summary>
public sealed class CSharpClientTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_generated_client_runs_a_new_users_first_day()
    {
        var http = app.CreateClient();
        var client = new CaliFlowClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http)
        {
            BaseUrl = http.BaseAddress!.ToString().TrimEnd('/'),
        });
        var email = $"csharp-journey-{Guid.CreateVersion7():N}@califlow.test";
        const string password = "Journey-pass-2026";

        await client.V1.Auth.Register.PostAsync(new RegisterUserCommand { Email = email, Password = password }, cancellationToken: _ct);
        var tokens = await client.V1.Auth.Login.PostAsync(new LoginCommand { Email = email, Password = password }, cancellationToken: _ct);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.ShouldNotBeNull().AccessToken);

        await client.V1.Me.Profile.PatchAsync(new UpdateProfileCommand
        {
            Level = TrainingLevel.Beginner,
            Equipment = [Equipment.PullUpBar, Equipment.Wall],
            TrainingDaysPerWeek = 3,
            SessionMinutes = 45,
            TimeZone = "UTC",
        }, cancellationToken: _ct);
        var plan = (await client.V1.Plans.PostAsync(new GeneratePlanCommand(), cancellationToken: _ct)).ShouldNotBeNull();
        var today = (await client.V1.Workouts.Today.GetAsync(cancellationToken: _ct)).ShouldNotBeNull();
        var session = today.Session.ShouldNotBeNull();
        session.Exercises.ShouldNotBeNull().ShouldNotBeEmpty();

        var logId = Guid.CreateVersion7();
        var logged = await client.V1.WorkoutLogs.PostAsync(new LogWorkoutCommand
        {
            Id = logId,
            SessionId = session.Id,
            PerformedOn = today.Date,
            Exercises = [.. session.Exercises.Select(exercise => new LoggedExercise
            {
                Exercise = exercise.Slug,
                Sets = [.. exercise.Sets!.Select(set => set.Reps is { } reps ? new PerformedSet { Reps = reps } : new PerformedSet { HoldSeconds = set.HoldSeconds ?? 10 })],
            })],
        }, cancellationToken: _ct);
        logged.ShouldNotBeNull().Id.ShouldBe(logId);

        (await client.V1.Stats.GetAsync(cancellationToken: _ct)).ShouldNotBeNull().Workouts.ShouldBe(1);
        plan.Id.ShouldNotBeNull();
        await PlatformTestHelpers.Eventually(async () =>
            (await client.V1.Me.Achievements.GetAsync(cancellationToken: _ct))!.Unlocked!.Any(a => a.Code == "first-workout"));
    }
}
