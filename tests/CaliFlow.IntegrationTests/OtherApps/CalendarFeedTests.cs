using System.Net;
using System.Net.Http.Json;
using CaliFlow.IntegrationTests.Coaching;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.IntegrationTests.Programming;
using Ical.Net;
using Shouldly;
using Calendar = Ical.Net.Calendar;

namespace CaliFlow.IntegrationTests.OtherApps;

/// <summary>
/// The calendar feed: an address with its own secret (calendar apps send no headers) that answers the current plan as valid
/// iCalendar — parsed back here — follows the plan's changes, revalidates with ETags, and stops working when replaced or
/// turned off.
/// </summary>
public sealed class CalendarFeedTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private async Task<string> FeedPathAsync(TestUser user)
    {
        var response = await user.Client.PostAsync("/v1/calendar/feed", null, _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var feed = (await response.Content.ReadFromJsonAsync<CalendarFeedOut>(_ct))!;
        feed.WebcalUrl.ShouldBe("webcal://" + feed.Url[(feed.Url.IndexOf("://", StringComparison.Ordinal) + 3)..]);
        feed.Url.ShouldMatch(@"^http://[^/]+/v1/calendar/cfc_[A-Za-z0-9_-]{43}\.ics$");
        return new Uri(feed.Url).PathAndQuery;
    }

    private async Task<Calendar> ReadAsync(string path)
    {
        var response = await app.CreateClient().GetAsync(path, _ct); // no token: calendar apps send none
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        var text = await response.Content.ReadAsStringAsync(_ct);
        text.ShouldStartWith("BEGIN:VCALENDAR\r\n");
        text.Split("\r\n").ShouldAllBe(line => System.Text.Encoding.UTF8.GetByteCount(line) <= 75); // folded as RFC 5545 asks
        return Calendar.Load(text).ShouldNotBeNull();
    }

    [Fact]
    public async Task The_feed_is_the_plan_as_valid_icalendar_one_all_day_event_per_session()
    {
        var user = await CoachingTestHelpers.AthleteWithPlanAsync(app, trainingDaysPerWeek: 3);
        var weeks = new List<Session>();
        for (var week = 1; week <= 12; week++)
        {
            weeks.AddRange((await user.Client.GetFromJsonAsync<PlanWeek>($"/v1/plans/current/sessions?week={week}", _ct))!.Sessions);
        }

        var calendar = await ReadAsync(await FeedPathAsync(user));

        calendar.Properties.Get<string>("X-WR-CALNAME").ShouldBe("CaliFlow training");
        calendar.Events.Count.ShouldBe(weeks.Count);
        foreach (var session in weeks)
        {
            var entry = calendar.Events.Single(e => e.Uid == $"{session.Id}@califlow");
            entry.DtStart!.HasTime.ShouldBeFalse();
            DateOnly.FromDateTime(entry.DtStart.Value).ShouldBe(session.Date);
            entry.Summary.ShouldBe(session.Deload ? $"{session.Name} (deload)" : session.Name);
            entry.Description!.ShouldStartWith($"Week {session.Week} of 12");
            foreach (var exercise in session.Exercises)
            {
                entry.Description.ShouldContain(exercise.Name);
            }

            entry.Categories.Contains("Deload").ShouldBe(session.Deload);
        }

        weeks.ShouldContain(s => s.Deload); // the plan has deloads, so the marks above were checked
    }

    [Fact]
    public async Task The_feed_follows_the_plan_and_revalidates_with_its_etag()
    {
        var user = await CoachingTestHelpers.AthleteWithPlanAsync(app, trainingDaysPerWeek: 3);
        var path = await FeedPathAsync(user);
        var first = await app.CreateClient().GetAsync(path, _ct);
        var etag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(etag);
        (await app.CreateClient().SendAsync(again, _ct)).StatusCode.ShouldBe(HttpStatusCode.NotModified);

        var today = (await user.Client.GetFromJsonAsync<TodayWorkout>("/v1/workouts/today", _ct))!.Session!;
        (await user.Client.PostAsJsonAsync($"/v1/sessions/{today.Id}/skip", new { reason = "travelling to the beach 🏖️ for a week, back on Monday 💪" }, _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var afterSkip = new HttpRequestMessage(HttpMethod.Get, path);
        afterSkip.Headers.IfNoneMatch.Add(etag);
        var changed = await app.CreateClient().SendAsync(afterSkip, _ct);
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        changed.Headers.ETag!.Tag.ShouldNotBe(etag.Tag);
        var skipped = Calendar.Load(await changed.Content.ReadAsStringAsync(_ct))!.Events.Single(e => e.Uid == $"{today.Id}@califlow");
        skipped.Status.ShouldBe(EventStatus.Cancelled);
        skipped.Description!.ShouldContain("Skipped: travelling to the beach 🏖️ for a week, back on Monday 💪");
    }

    [Fact]
    public async Task A_replaced_or_turned_off_feed_answers_404_and_a_user_without_a_plan_gets_an_empty_calendar()
    {
        var user = await app.CreateUserAsync();
        var old = await FeedPathAsync(user);
        (await ReadAsync(old)).Events.ShouldBeEmpty();

        var current = await FeedPathAsync(user);
        (await app.CreateClient().GetAsync(old, _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.CreateClient().GetAsync(current, _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await user.Client.DeleteAsync("/v1/calendar/feed", _ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var gone = await app.CreateClient().GetAsync(current, _ct);
        gone.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        gone.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await user.Client.DeleteAsync("/v1/calendar/feed", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.CreateClient().GetAsync("/v1/calendar/cfc_guess.ics", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deleting_the_account_ends_its_feed()
    {
        var user = await app.CreateUserAsync();
        var path = await FeedPathAsync(user);

        (await user.DeleteAccountAsync(_ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await app.CreateClient().GetAsync(path, _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private sealed record CalendarFeedOut(string Url, string WebcalUrl);
}
