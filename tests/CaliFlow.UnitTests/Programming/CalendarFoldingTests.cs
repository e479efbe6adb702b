using System.Text;
using CaliFlow.Modules.Programming.Features.GetCalendarFeed;
using Ical.Net.CalendarComponents;
using Ical.Net.Serialization;
using Shouldly;
using Calendar = Ical.Net.Calendar;

namespace CaliFlow.UnitTests.Programming;

/// <summary>
/// The feed's lines are folded again on whole characters: Ical.Net 5 folds at 75 octets even inside an emoji, which readers
/// then decode as replacement characters. Every position of an emoji across a fold must read back as written.
/// </summary>
public sealed class CalendarFoldingTests
{
    private static string Serialize(string description)
    {
        var calendar = new Calendar();
        calendar.Events.Add(new CalendarEvent { Uid = "a@califlow", Summary = "Upper A", Description = description });
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    // Through UTF-8 bytes, as the feed is sent: half an emoji on each side of a fold does not survive the encoding.
    private static string ReadBack(string ics) =>
        Calendar.Load(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(ics)))!.Events.Single().Description!;

    [Fact]
    public void An_emoji_across_a_fold_reads_back_as_written_at_every_position()
    {
        var brokenBeforeRefolding = 0;
        // Every offset of the emoji against the 75-octet folds of the first two lines.
        for (var padding = 0; padding < 80; padding++)
        {
            var description = $"Skipped: {new string('a', padding)}😀 beach 🏖️ then back 💪 on Monday";
            var raw = Serialize(description);
            if (ReadBack(raw) != description)
            {
                brokenBeforeRefolding++;
            }

            var refolded = PlanCalendar.Refold(raw);

            ReadBack(refolded).ShouldBe(description);
            refolded.Split("\r\n").ShouldAllBe(line => Encoding.UTF8.GetByteCount(line) <= 75);
            refolded.ShouldEndWith("END:VCALENDAR\r\n");
        }

        brokenBeforeRefolding.ShouldBeGreaterThan(0, "the library's own folding no longer splits emoji: the refolding can go");
    }
}
