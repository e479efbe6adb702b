using System.Text;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.Imports;
using Shouldly;

namespace CaliFlow.UnitTests.Progress;

public sealed class HistoryFileReaderTests
{
    private const string StrongHeader = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE";

    private static HistoryFile Read(string csv, string? weightUnit = null)
    {
        var read = HistoryFileReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), weightUnit);
        read.IsSuccess.ShouldBeTrue(read.Error?.Detail);
        return read.Value;
    }

    private static string Failure(string csv) =>
        HistoryFileReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), null).Error.ShouldNotBeNull().Detail;

    [Theory]
    [InlineData("1h 5m", 65)]
    [InlineData("45m", 45)]
    [InlineData("2h", 120)]
    [InlineData("90s", 2)] // a minute and a half rounds up
    [InlineData("3600", 60)] // seconds, as some versions write it
    public void Strong_durations_in_its_several_spellings_become_minutes(string duration, int minutes)
    {
        var file = Read($"{StrongHeader}\n2024-03-04 07:30:00,Upper,{duration},Pull Up,1,0,8,0,0,,,\n");
        file.Workouts.ShouldHaveSingleItem().DurationMinutes.ShouldBe(minutes);
    }

    [Fact]
    public void A_duration_that_is_no_duration_fails_with_its_line_and_column()
    {
        Failure($"{StrongHeader}\n2024-03-04 07:30:00,Upper,an hour,Pull Up,1,0,8,0,0,,,\n")
            .ShouldBe("Line 2, column 'Duration': 'an hour' is not a duration such as 1h 5m.");
    }

    [Fact]
    public void Line_numbers_count_the_lines_inside_quoted_notes()
    {
        var csv = $"{StrongHeader}\n2024-03-04 07:30:00,Upper,45m,Pull Up,1,0,8,0,0,,\"Two\nlines\",\n2024-03-04 07:30:00,Upper,45m,Pull Up,2,0,x,0,0,,,\n";
        Failure(csv).ShouldStartWith("Line 4, column 'Reps'");
    }

    [Fact]
    public void Weights_become_kilograms_and_an_assisted_or_negative_weight_becomes_assistance()
    {
        var file = Read(
            $"{StrongHeader}\n" +
            "2024-03-04 07:30:00,Upper,45m,Pull Up (Assisted),1,50,8,0,0,,,\n" +
            "2024-03-04 07:30:00,Upper,45m,Dip,1,-10,8,0,0,,,\n" +
            "2024-03-04 07:30:00,Upper,45m,Chin Up,1,45,5,0,0,,,\n",
            weightUnit: "lb");
        var sets = file.Workouts.ShouldHaveSingleItem().Exercises.Select(e => e.Sets.ShouldHaveSingleItem()).ToList();
        sets.Select(s => (s.AddedWeightKg, s.AssistanceKg)).ShouldBe([(null, 22.68m), (null, 4.54m), (20.41m, null)]);
    }

    [Fact]
    public void Workouts_come_oldest_first_whatever_the_files_order()
    {
        var file = Read(
            $"{StrongHeader}\n" +
            "2024-03-09 07:30:00,B,45m,Pull Up,1,0,8,0,0,,,\n" +
            "2024-03-02 07:30:00,A,45m,Pull Up,1,0,8,0,0,,,\n");
        file.Workouts.Select(w => w.PerformedOn).ShouldBe([new DateOnly(2024, 3, 2), new DateOnly(2024, 3, 9)]);
    }

    [Fact]
    public void Out_of_range_values_skip_the_row_and_an_rpe_beyond_ten_is_dropped()
    {
        var file = Read(
            $"{StrongHeader}\n" +
            "2024-03-04 07:30:00,Upper,45m,Pull Up,1,0,5000,0,0,,,\n" +
            "2024-03-04 07:30:00,Upper,45m,Pull Up,2,0,8,0,0,,,11\n");
        file.SkippedRows.ShouldBe([new SkippedRow(2, "reps outside 1-1000")]);
        file.Workouts.ShouldHaveSingleItem().Exercises.ShouldHaveSingleItem().Sets.ShouldHaveSingleItem().Rpe.ShouldBeNull();
    }

    [Fact]
    public void A_file_without_sets_or_with_an_unknown_header_is_refused()
    {
        Failure($"{StrongHeader}\n").ShouldBe("The file holds no sets to import.");
        Failure("a,b\n1,2\n").ShouldContain("is not that of a Strong, Hevy, FitNotes or CaliFlow CSV export");
    }

    [Fact]
    public void A_califlow_feeling_must_be_one_of_its_words()
    {
        var header = string.Join(',', WorkoutCsv.Columns);
        Failure($"{header}\n0190f2a8-7c3e-7b1a-9d2e-5f6a7b8c9d01,2024-03-04,45,4,,,1,pull-up,Pull-up,1,8,,,,\n")
            .ShouldBe("Line 2, column 'feeling': '4' is not one of awful, bad, okay, good, great.");
        Read($"{header}\n0190f2a8-7c3e-7b1a-9d2e-5f6a7b8c9d01,2024-03-04,45,Great,,,1,pull-up,Pull-up,1,8,,,,\n")
            .Workouts.ShouldHaveSingleItem().Feeling.ShouldBe(Feeling.Great);
    }

    [Theory]
    [InlineData("Pull Ups (Assisted)", "pull up")]
    [InlineData("Weighted Ring Dips", "ring dip")]
    [InlineData("Push-up", "push up")]
    [InlineData("Bench Press (Barbell)", "bench press barbell")]
    public void Names_are_compared_without_case_punctuation_plurals_or_load_words(string name, string normalized) =>
        ExerciseMatcher.Normalize(name, dropLoadWords: true).ShouldBe(normalized);
}

public sealed class ExerciseMatcherTests
{
    private static readonly ExerciseMatcher Matcher = new(new ExerciseLibrary(
        "test",
        [],
        [
            Exercise("assisted-pistol-squat", "Assisted pistol squat"), Exercise("pistol-squat", "Pistol squat"),
            Exercise("pull-up", "Pull-up"), Exercise("pike-push-up", "Pike push-up"), Exercise("bench-dip", "Bench dip"),
            Exercise("negative-dip", "Negative dip"), Exercise("ring-dip", "Ring dip"),
            Exercise("single-leg-romanian-deadlift", "Single-leg Romanian deadlift"),
        ],
        []));

    private static ExerciseInfo Exercise(string slug, string name) => new(
        Guid.NewGuid(), slug, name, "pattern", 1, [], [], [], ExerciseUnit.Reps, false, 1m, false);

    [Theory]
    [InlineData("Pistol Squat", "exact", "pistol-squat")] // not the assisted one, whose name holds it
    [InlineData("Assisted Pistol Squat", "exact", "assisted-pistol-squat")]
    [InlineData("Pull Ups (Assisted)", "exact", "pull-up")]
    [InlineData("pull-up", "exact", "pull-up")]
    [InlineData("Pike Pushups", "fuzzy", "pike-push-up")]
    [InlineData("Deadlift", "unmatched", null)] // a part of a longer name is a suggestion, not a match
    [InlineData("Dips", "unmatched", null)] // several as close: the user chooses
    public void Names_match_exactly_by_spelling_or_not_at_all(string name, string match, string? slug)
    {
        var found = Matcher.Match(name, 1);
        found.Match.ShouldBe(match);
        if (slug is null)
        {
            found.Exercise.ShouldBeNull();
            found.Suggestions.ShouldNotBeEmpty();
        }
        else
        {
            found.Exercise.ShouldNotBeNull().Slug.ShouldBe(slug);
        }
    }
}
