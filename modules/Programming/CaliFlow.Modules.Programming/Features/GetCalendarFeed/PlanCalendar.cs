using System.Globalization;
using System.Text;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Programming.Domain;
using CaliFlow.Modules.Programming.Planning;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Calendar = Ical.Net.Calendar;

namespace CaliFlow.Modules.Programming.Features.GetCalendarFeed;

/// <summary>
/// A plan as an RFC 5545 calendar: one all-day event per session on its local date (a day, not a time: the plan says which day,
/// the user picks the hour, and an all-day date needs no time zone), its exercises in the description, deloads marked in the
/// title and categories, skipped sessions cancelled. Every value comes from the stored plan (DTSTAMP is the session's last
/// change), so the same plan always gives the same bytes and the ETag only moves when the plan does.
/// </summary>
internal static class PlanCalendar
{
    public static string Write(WorkoutPlan? plan, IReadOnlyList<WorkoutSession> sessions)
    {
        var calendar = new Calendar { ProductId = "-//CaliFlow//Training plan//EN", Method = CalendarMethods.Publish };
        calendar.AddProperty("X-WR-CALNAME", "CaliFlow training");
        calendar.AddProperty("X-WR-CALDESC", "Your CaliFlow training plan, one event per session.");
        // How often calendar apps should look again (RFC 7986, and the older name some apps read).
        calendar.AddProperty("REFRESH-INTERVAL;VALUE=DURATION", "PT1H");
        calendar.AddProperty("X-PUBLISHED-TTL", "PT1H");
        foreach (var session in sessions)
        {
            var day = session.ScheduledDate;
            var calendarEvent = new CalendarEvent
            {
                Uid = $"{session.Id}@califlow",
                DtStamp = new CalDateTime(session.UpdatedAt.UtcDateTime, CalDateTime.UtcTzId),
                DtStart = new CalDateTime(day.Year, day.Month, day.Day),
                DtEnd = new CalDateTime(day.AddDays(1).Year, day.AddDays(1).Month, day.AddDays(1).Day),
                Summary = session.Deload ? $"{session.Name} (deload)" : session.Name,
                Description = Describe(plan, session),
                Transparency = TransparencyType.Transparent,
                Status = session.Status == SessionStatus.Skipped ? EventStatus.Cancelled : EventStatus.Confirmed,
            };
            calendarEvent.Categories.Add("Training");
            if (session.Deload)
            {
                calendarEvent.Categories.Add("Deload");
            }

            calendar.Events.Add(calendarEvent);
        }

        return Refold(new CalendarSerializer().SerializeToString(calendar)!);
    }

    /// <summary>
    /// Lines folded again at 75 octets on whole characters (RFC 5545 3.1): Ical.Net 5 can fold inside an emoji's surrogate
    /// pair (a skip reason may hold one), which readers then decode as replacement characters.
    /// </summary>
    internal static string Refold(string ics)
    {
        const int MaxOctets = 75;
        var folded = new StringBuilder(ics.Length + 64);
        foreach (var line in ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n"))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var octets = 0;
            foreach (var rune in line.EnumerateRunes())
            {
                if (octets + rune.Utf8SequenceLength > MaxOctets)
                {
                    folded.Append("\r\n ");
                    octets = 1; // the continuation's leading space
                }

                folded.Append(rune.ToString());
                octets += rune.Utf8SequenceLength;
            }

            folded.Append("\r\n");
        }

        return folded.ToString();
    }

    private static string Describe(WorkoutPlan? plan, WorkoutSession session)
    {
        var block = plan?.Mesocycles.FirstOrDefault(m => session.Week >= m.FirstWeek && session.Week <= m.LastWeek);
        var lines = new List<string>
        {
            $"Week {session.Week} of {Blocks.Weeks}" + (block is null ? "" : $", block {block.Number}: {block.Focus}") +
            (session.Deload ? " (deload week: lighter on purpose, to recover)" : ""),
            $"About {session.EstimatedMinutes} min",
        };
        if (session.Status == SessionStatus.Completed)
        {
            lines.Add("Done.");
        }
        else if (session.Status == SessionStatus.Skipped)
        {
            lines.Add("Skipped" + (session.SkipReason is { } reason ? $": {reason}" : "."));
        }

        lines.Add("");
        lines.AddRange(session.Exercises.OrderBy(e => e.Order).Select((e, i) => $"{i + 1}. {e.ExerciseName}: {Sets(e.Sets)}"));
        return string.Join("\n", lines);
    }

    private static string Sets(List<PrescribedSet> sets)
    {
        if (sets.Count == 0)
        {
            return "as prescribed";
        }

        var first = sets[0];
        var amount = first.HoldSeconds is { } seconds ? $"{seconds} s hold" : $"{first.Reps} reps";
        var same = sets.All(s => s.Reps == first.Reps && s.HoldSeconds == first.HoldSeconds);
        var work = same ? $"{sets.Count} × {amount}" : string.Join(", ", sets.Select(s => s.HoldSeconds is { } h ? $"{h} s" : $"{s.Reps}")) + (first.HoldSeconds is null ? " reps" : " hold");
        return string.Create(CultureInfo.InvariantCulture, $"{work}, rest {first.RestSeconds} s, RPE {first.TargetRpe}");
    }
}
