using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Domain;
using CsvHelper;

namespace CaliFlow.Modules.Progress.Imports;

/// <summary>A history file read into workouts: what it held, what was left out and why.</summary>
internal sealed record HistoryFile(ImportFormat Format, string WeightUnit, List<ParsedWorkout> Workouts, int SkippedRowCount, List<SkippedRow> SkippedRows);

/// <summary>
/// Reads the CSV exports of Strong, Hevy and FitNotes, and CaliFlow's own (<see cref="WorkoutCsv"/>), into workouts: the format is
/// told by the header, rows are grouped into workouts by what identifies one in its app, weights become kilograms and dates
/// stay the local dates the file wrote. A value that cannot be read fails the whole file with its line and column; a row that
/// is readable but not a set CaliFlow keeps (a warm-up, a rest timer, a distance-only set) is skipped with the reason.
/// </summary>
internal static partial class HistoryFileReader
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxRows = 100_000;

    /// <summary>The skipped rows listed one by one; beyond these only their number is given.</summary>
    private const int SkippedRowsListed = 100;

    private const decimal KilogramsPerPound = 0.45359237m;

    private static readonly string[] FitNotesWeightColumns = ["Weight (kgs)", "Weight (kg)", "Weight (lbs)", "Weight (lb)"];

    private static readonly CsvReaderOptions Options = new()
    {
        TrackLineNumbers = true,
        TrimWhitespace = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        MaxRecordSize = 64 * 1024,
    };

    /// <param name="weightUnit">kg or lb: what a Strong file's weights are in (its export does not say); other files name their unit.</param>
    public static Result<HistoryFile> Read(Stream stream, string? weightUnit)
    {
        try
        {
            using var csv = CsvReader.Create(stream, Options, leaveOpen: true);
            var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < csv.Headers.Count; i++)
            {
                columns.TryAdd(csv.Headers[i].Trim(), i);
            }

            var layout = Detect(columns, weightUnit);
            if (layout is null)
            {
                return Error.Validation(
                    "unknown_format",
                    "The file's header is not that of a Strong, Hevy, FitNotes or CaliFlow CSV export (see the README's import section).",
                    "file");
            }

            return ReadRows(csv, new Row(csv, columns), layout);
        }
        catch (BadValueException e)
        {
            return Error.Validation("malformed_file", $"Line {e.Line}, column '{e.Column}': {e.Message}", "file");
        }
        catch (CsvFormatException e)
        {
            return Error.Validation("malformed_file", $"Line {e.LineNumber}: the file is not valid CSV ({e.Message})", "file");
        }
    }

    private static Result<HistoryFile> ReadRows(CsvReader csv, Row row, Layout layout)
    {
        var workouts = new Dictionary<string, (ParsedWorkout Workout, List<string> ExerciseKeys)>(StringComparer.Ordinal);
        var skipped = new List<SkippedRow>();
        var skippedCount = 0;
        while (csv.Read())
        {
            if (csv.RowNumber > MaxRows)
            {
                return Error.Validation("too_many_rows", $"A file may hold at most {MaxRows.ToString("N0", CultureInfo.InvariantCulture)} rows; split it by year and import each part.", "file");
            }

            var read = layout.ReadRow(row);
            if (read.SkipReason is not null)
            {
                skippedCount++;
                if (skipped.Count < SkippedRowsListed)
                {
                    skipped.Add(new SkippedRow(row.Line, read.SkipReason));
                }

                continue;
            }

            if (read.ExerciseName.Length > ExerciseMatcher.MaxNameLength)
            {
                throw new BadValueException(row.Line, layout.ExerciseColumn, $"an exercise name is at most {ExerciseMatcher.MaxNameLength} characters.");
            }

            var sourceId = SourceId(read.SourceId);
            if (!workouts.TryGetValue(sourceId, out var entry))
            {
                entry = (new ParsedWorkout(sourceId, read.PerformedOn, read.DurationMinutes, read.Feeling, read.BodyWeightKg, read.Notes, []), []);
                workouts.Add(sourceId, entry);
            }

            // A new exercise block starts where the exercise changes: the same exercise later in the workout is a block of its own.
            if (entry.ExerciseKeys.Count == 0 || entry.ExerciseKeys[^1] != read.ExerciseKey)
            {
                entry.Workout.Exercises.Add(new ParsedExercise(read.ExerciseName, []));
                entry.ExerciseKeys.Add(read.ExerciseKey);
            }

            entry.Workout.Exercises[^1].Sets.Add(read.Set!);
        }

        if (workouts.Count == 0)
        {
            return Error.Validation("no_workouts", "The file holds no sets to import.", "file");
        }

        // Oldest first, as they happened: streaks and records count them in that order.
        var ordered = workouts.Values.Select(w => w.Workout).OrderBy(w => w.PerformedOn).ToList();
        return new HistoryFile(layout.Format, layout.WeightUnit, ordered, skippedCount, skipped);
    }

    /// <summary>The app's key for the workout, or its SHA-256 when that is longer than the column keeps (a long workout name).</summary>
    private static string SourceId(string key) =>
        key.Length <= 200 ? key : $"sha256:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))}";

    private static Layout? Detect(Dictionary<string, int> columns, string? weightUnit)
    {
        bool Has(params string[] names) => names.All(columns.ContainsKey);
        if (Has(WorkoutCsv.Columns))
        {
            return new Layout(ImportFormat.Califlow, "kg", WorkoutCsv.Exercise, ReadCaliFlowRow);
        }

        if (Has("title", "start_time", "exercise_title", "set_index", "set_type", "reps"))
        {
            var pounds = columns.ContainsKey("weight_lbs");
            return new Layout(ImportFormat.Hevy, pounds ? "lb" : "kg", "exercise_title", row => ReadHevyRow(row, pounds ? "weight_lbs" : "weight_kg", pounds));
        }

        if (Has("Date", "Workout Name", "Exercise Name", "Set Order", "Weight", "Reps"))
        {
            var unit = weightUnit ?? "kg";
            return new Layout(ImportFormat.Strong, unit, "Exercise Name", row => ReadStrongRow(row, unit));
        }

        var fitNotesWeight = FitNotesWeightColumns.FirstOrDefault(columns.ContainsKey);
        if (Has("Date", "Exercise", "Category", "Reps") && fitNotesWeight is not null)
        {
            var pounds = fitNotesWeight.Contains("lb", StringComparison.Ordinal);
            return new Layout(ImportFormat.Fitnotes, pounds ? "lb" : "kg", "Exercise", row => ReadFitNotesRow(row, fitNotesWeight, pounds));
        }

        return null;
    }

    private static RowRead ReadCaliFlowRow(Row row)
    {
        var workoutId = row.Required(WorkoutCsv.WorkoutId);
        var set = new ParsedSet(
            row.Line, row.Int(WorkoutCsv.Reps), row.Int(WorkoutCsv.HoldSeconds), row.Decimal(WorkoutCsv.Rpe),
            row.Decimal(WorkoutCsv.AddedWeightKg), row.Decimal(WorkoutCsv.AssistanceKg));
        var feeling = row.Text(WorkoutCsv.Feeling) is { } text
            ? Enum.TryParse<Feeling>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(text, out _)
                ? parsed
                : throw new BadValueException(row.Line, WorkoutCsv.Feeling, $"'{text}' is not one of awful, bad, okay, good, great.")
            : (Feeling?)null;
        return Checked(new RowRead(
            workoutId,
            row.Date(WorkoutCsv.PerformedOn, "yyyy-MM-dd"),
            row.Int(WorkoutCsv.DurationMinutes),
            feeling,
            row.Decimal(WorkoutCsv.BodyWeightKg),
            Unescaped(row.Text(WorkoutCsv.WorkoutNotes)),
            $"{row.Int(WorkoutCsv.ExerciseOrder)}|{row.Required(WorkoutCsv.Exercise)}",
            row.Required(WorkoutCsv.Exercise),
            set));
    }

    /// <summary>The export escapes text a spreadsheet would run as a formula with a leading apostrophe; the import takes it off.</summary>
    private static string? Unescaped(string? text) =>
        text is ['\'', '=' or '+' or '-' or '@' or '\t' or '\r', ..] ? text[1..] : text;

    private static RowRead ReadStrongRow(Row row, string unit)
    {
        var setOrder = row.Text("Set Order") ?? "";
        if (setOrder.Equals("W", StringComparison.OrdinalIgnoreCase))
        {
            return RowRead.Skip("a warm-up set");
        }

        if (setOrder.Contains("rest", StringComparison.OrdinalIgnoreCase))
        {
            return RowRead.Skip("a rest timer");
        }

        var date = row.Required("Date");
        var started = row.DateTime("Date", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss");
        var name = row.Required("Exercise Name");
        var rowUnit = row.Text("Weight Unit") ?? unit;
        var (added, assistance) = Load(name, Kilograms(row.Decimal("Weight"), rowUnit.StartsWith("lb", StringComparison.OrdinalIgnoreCase)));
        var set = new ParsedSet(row.Line, row.Int("Reps"), row.Int("Seconds"), row.Decimal("RPE"), added, assistance);
        return Checked(new RowRead(
            $"{date}|{row.Required("Workout Name")}", DateOnly.FromDateTime(started), Minutes(row, "Duration"), null, null,
            row.Text("Workout Notes"), name, name, set));
    }

    private static RowRead ReadHevyRow(Row row, string weightColumn, bool pounds)
    {
        if (string.Equals(row.Text("set_type"), "warmup", StringComparison.OrdinalIgnoreCase))
        {
            return RowRead.Skip("a warm-up set");
        }

        string[] formats = ["d MMM yyyy, HH:mm", "dd MMM yyyy, HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];
        var started = row.DateTime("start_time", formats);
        int? minutes = row.Text("end_time") is null
            ? null
            : (int)Math.Ceiling((row.DateTime("end_time", formats) - started).TotalMinutes) is > 0 and var m ? m : null;
        var name = row.Required("exercise_title");
        var (added, assistance) = Load(name, Kilograms(row.Decimal(weightColumn), pounds));
        var set = new ParsedSet(row.Line, row.Int("reps"), row.Int("duration_seconds"), row.Decimal("rpe"), added, assistance);
        return Checked(new RowRead(
            $"{row.Required("start_time")}|{row.Required("title")}", DateOnly.FromDateTime(started), minutes, null, null,
            row.Text("description"), name, name, set));
    }

    private static RowRead ReadFitNotesRow(Row row, string weightColumn, bool pounds)
    {
        var date = row.Required("Date");
        var name = row.Required("Exercise");
        var (added, assistance) = Load(name, Kilograms(row.Decimal(weightColumn), pounds));
        var set = new ParsedSet(row.Line, row.Int("Reps"), row.Seconds("Time"), null, added, assistance);
        // FitNotes keeps one training log per day: the day is the workout.
        return Checked(new RowRead(date, row.Date("Date", "yyyy-MM-dd"), null, null, null, null, name, name, set));
    }

    /// <summary>Rows that are readable but hold nothing CaliFlow counts, or counts out of any human range, are skipped.</summary>
    private static RowRead Checked(RowRead read)
    {
        var set = read.Set!;
        return set switch
        {
            { Reps: null or 0, Seconds: null or 0 } => RowRead.Skip("no reps or time (distance-only sets are not imported)"),
            { Reps: < 0 or > 1000 } => RowRead.Skip("reps outside 1-1000"),
            { Seconds: < 0 or > 3600 } => RowRead.Skip("a hold over an hour"),
            { AddedWeightKg: > 500 } or { AssistanceKg: > 500 } => RowRead.Skip("a weight over 500 kg"),
            { Rpe: < 1 or > 10 } => read with { Set = set with { Rpe = null } },
            _ when read.BodyWeightKg is < 20 or > 400 => read with { BodyWeightKg = null }, // the profile's is used
            _ => read with { Set = set with { Reps = set.Reps is 0 ? null : set.Reps, Seconds = set.Seconds is 0 ? null : set.Seconds } },
        };
    }

    /// <summary>
    /// CaliFlow's load fields from an app's one weight: an assisted exercise's weight (Strong and Hevy write "Pull Up (Assisted)"
    /// with the machine's or band's help as a positive weight) and a negative weight are assistance; any other is added load.
    /// </summary>
    private static (decimal? Added, decimal? Assistance) Load(string exerciseName, decimal? kilograms) => kilograms switch
    {
        null or 0 => (null, null),
        var kg when exerciseName.Contains("assist", StringComparison.OrdinalIgnoreCase) => (null, Math.Abs(kg.Value)),
        < 0 and var kg => (null, -kg),
        var kg => (kg, null),
    };

    private static decimal? Kilograms(decimal? weight, bool pounds) =>
        weight is { } w ? Math.Round(pounds ? w * KilogramsPerPound : w, 2) : null;

    /// <summary>Strong writes durations as "1h 5m", "45m" or "30s"; some versions as seconds.</summary>
    private static int? Minutes(Row row, string column)
    {
        if (row.Text(column) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return seconds > 0 ? (int)Math.Ceiling(seconds / 60.0) : null;
        }

        // Short, so the pattern never works through a long field.
        var match = text.Length <= 20 ? StrongDuration().Match(text) : Match.Empty;
        if (!match.Success || match.Length == 0)
        {
            throw new BadValueException(row.Line, column, $"'{Row.Shorten(text)}' is not a duration such as 1h 5m.");
        }

        long Part(string name) =>
            match.Groups[name].Success && long.TryParse(match.Groups[name].Value, CultureInfo.InvariantCulture, out var value) ? value : 0;
        var total = Math.Min((Part("h") * 3600) + (Part("m") * 60) + Part("s"), int.MaxValue);
        return total > 0 ? (int)Math.Ceiling(total / 60.0) : null;
    }

    [GeneratedRegex(@"^\s*(?:(?<h>\d+)\s*h)?\s*(?:(?<m>\d+)\s*m(?:in)?)?\s*(?:(?<s>\d+)\s*s)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex StrongDuration();

    private sealed record Layout(ImportFormat Format, string WeightUnit, string ExerciseColumn, Func<Row, RowRead> ReadRow);

    /// <param name="ExerciseKey">What tells one exercise block from the next within a workout.</param>
    private sealed record RowRead(
        string SourceId, DateOnly PerformedOn, int? DurationMinutes, Feeling? Feeling, decimal? BodyWeightKg, string? Notes,
        string ExerciseKey, string ExerciseName, ParsedSet? Set, string? SkipReason = null)
    {
        public static RowRead Skip(string reason) => new("", default, null, null, null, null, "", "", null, reason);
    }

    /// <summary>The current record's fields by column name, read strictly: a value that is there but unreadable fails the file.</summary>
    private sealed class Row(CsvReader csv, Dictionary<string, int> columns)
    {
        public int Line => (int)csv.LineNumber;

        public string? Text(string column) =>
            columns.TryGetValue(column, out var index) && index < csv.FieldCount && csv.GetString(index).Trim() is { Length: > 0 } text
                ? text
                : null;

        public string Required(string column) => Text(column) ?? throw new BadValueException(Line, column, "is empty.");

        public decimal? Decimal(string column) => Text(column) is not { } text
            ? null
            : decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new BadValueException(Line, column, $"'{Shorten(text)}' is not a number.");

        public int? Int(string column) => Decimal(column) is not { } value
            ? null
            : value == Math.Round(value) && Math.Abs(value) <= int.MaxValue
                ? (int)value
                : throw new BadValueException(Line, column, $"'{value}' is not a whole number.");

        /// <summary>A time as h:mm:ss or mm:ss, or a number of seconds.</summary>
        public int? Seconds(string column)
        {
            if (Text(column) is not { } text)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                return seconds;
            }

            string[] formats = [@"h\:mm\:ss", @"hh\:mm\:ss", @"m\:ss", @"mm\:ss"];
            return TimeSpan.TryParseExact(text, formats, CultureInfo.InvariantCulture, out var time)
                ? (int)time.TotalSeconds
                : throw new BadValueException(Line, column, $"'{Shorten(text)}' is not a time such as 0:01:30.");
        }

        public DateTime DateTime(string column, params string[] formats) =>
            System.DateTime.TryParseExact(Required(column), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
                ? value
                : throw new BadValueException(Line, column, $"'{Shorten(Required(column))}' is not a date and time such as {System.DateTime.Parse("2024-03-15 08:30", CultureInfo.InvariantCulture).ToString(formats[0], CultureInfo.InvariantCulture)}.");

        public DateOnly Date(string column, string format) =>
            DateOnly.TryParseExact(Required(column).Split(' ')[0], format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
                ? value
                : throw new BadValueException(Line, column, $"'{Shorten(Required(column))}' is not a date such as 2024-03-15.");

        public static string Shorten(string text) => text.Length <= 40 ? text : $"{text[..40]}…";
    }

    private sealed class BadValueException(int line, string column, string message) : Exception(message)
    {
        public int Line { get; } = line;

        public string Column { get; } = column;
    }
}
