using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.Modules.Coaching.Contracts;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Programming.IntegrationEventHandlers;
using CaliFlow.Modules.Programming.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using static CaliFlow.IntegrationTests.Coaching.CoachingTestHelpers;

namespace CaliFlow.IntegrationTests.Coaching;

/// <summary>Coaching's personal data (export and purge) and the idempotence of plan adjustments by data.</summary>
public sealed class CoachingDataTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Export_holds_the_users_messages_and_check_ins_and_purge_removes_them_twice_safely()
    {
        var alice = await AthleteWithPlanAsync(app);
        var bob = await app.CreateUserAsync();
        await AskAsync(alice, "what's my streak?");
        await AskAsync(bob, "what's my streak?");
        (await alice.Client.PostAsJsonAsync("/v1/check-ins", CheckIn(3, 3, 3, 3, 3, 3, new { hip = 2 }), _ct)).EnsureSuccessStatusCode();

        await using var scope = app.Services.CreateAsyncScope();
        var coaching = scope.ServiceProvider.GetServices<IPersonalData>().Single(p => p.Section == "coaching");
        var export = JsonSerializer.SerializeToElement(await coaching.ExportAsync(alice.Id, _ct), JsonSerializerOptions.Web);
        export.GetProperty("messages").GetArrayLength().ShouldBe(2);
        export.GetProperty("checkIns")[0].GetProperty("pain").GetProperty("hip").GetInt32().ShouldBe(2);

        await coaching.PurgeAsync(alice.Id, _ct);
        await coaching.PurgeAsync(alice.Id, _ct);

        (await app.ScalarAsync<long>("SELECT count(*) FROM coaching.ai_chat_messages WHERE user_id = $1", alice.Id)).ShouldBe(0);
        (await app.ScalarAsync<long>("SELECT count(*) FROM coaching.check_ins WHERE user_id = $1", alice.Id)).ShouldBe(0);
        (await app.ScalarAsync<long>("SELECT count(*) FROM coaching.ai_chat_messages WHERE user_id = $1", bob.Id)).ShouldBe(2);
    }

    [Fact]
    public async Task An_adjustment_delivered_again_under_another_event_changes_the_sessions_only_once()
    {
        var user = await AthleteWithPlanAsync(app);
        var before = (await TodayAsync(user)).Session!;
        var adjustment = new PlanAdjustmentRequestedIntegrationEvent(
            user.Id, Guid.CreateVersion7(), PlanAdjustmentKind.ReduceVolume, null, "Tired.", before.Date, before.Date);

        for (var i = 0; i < 2; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var handler = ActivatorUtilities.CreateInstance<ApplyPlanAdjustment>(scope.ServiceProvider);
            await handler.HandleAsync(adjustment, _ct);
            await scope.ServiceProvider.GetRequiredService<ProgrammingDbContext>().SaveChangesAsync(_ct);
        }

        var session = await user.Client.GetFromJsonAsync<JsonElement>($"/v1/sessions/{before.Id}", _ct);
        session.GetProperty("adjustments").GetArrayLength().ShouldBe(1);
        var sets = session.GetProperty("exercises")[0].GetProperty("sets").GetArrayLength();
        sets.ShouldBe(before.Exercises[0].Sets.Length > 2 ? before.Exercises[0].Sets.Length - 1 : before.Exercises[0].Sets.Length);
    }
}
