using System.Globalization;
using System.Xml.Linq;

namespace CaliFlow.Modules.Progress.Charts;

internal sealed record ChartPoint(DateOnly Date, decimal Value);

internal sealed record LineSeries(string Name, IReadOnlyList<ChartPoint> Points);

/// <summary>One value per column of a bar chart, in column order.</summary>
internal sealed record BarSeries(string Name, IReadOnlyList<decimal> Values);

/// <summary>A dated event drawn as a labelled vertical line (e.g. a change of variation).</summary>
internal sealed record ChartMarker(DateOnly Date, string Label);

/// <summary>
/// Line and stacked-bar charts as plain SVG: titled axes with units, round tick values, a legend, and every data point as an
/// element carrying its date and value (with a tooltip), so the picture can be opened anywhere and checked by a program. Text is
/// drawn by the viewer, so the server needs no fonts. Written with XElement, which escapes any user-provided names.
/// </summary>
internal static class SvgChart
{
    private const int Width = 800;
    private const int Height = 440;
    private const int Left = 80;
    private const int Right = 24;
    private const int Top = 72;
    private const int Bottom = 72;
    private const int PlotWidth = Width - Left - Right;
    private const int PlotHeight = Height - Top - Bottom;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly string[] Palette =
        ["#2563eb", "#dc2626", "#16a34a", "#d97706", "#7c3aed", "#0891b2", "#db2777", "#65a30d", "#4b5563", "#ea580c", "#0d9488", "#9333ea"];

    /// <param name="zeroBased">Counts start the axis at zero; a body weight reads better around its own range.</param>
    public static string Lines(string title, string yTitle, string unit, IReadOnlyList<LineSeries> series, IReadOnlyList<ChartMarker> markers, bool zeroBased)
    {
        var chart = Frame(title, yTitle, unit, "Date");
        var points = series.SelectMany(s => s.Points).ToList();
        if (points.Count == 0)
        {
            chart.Add(Empty());
            return Write(chart);
        }

        var dates = points.Select(p => p.Date).Concat(markers.Select(m => m.Date)).ToList();
        var (first, last) = (dates.Min(), dates.Max());
        if (first == last)
        {
            (first, last) = (first.AddDays(-1), last.AddDays(1));
        }

        var span = last.DayNumber - first.DayNumber;
        double X(DateOnly date) => Left + ((double)(date.DayNumber - first.DayNumber) / span * PlotWidth);
        var ticks = NiceTicks(zeroBased ? 0 : points.Min(p => p.Value), points.Max(p => p.Value));
        double Y(decimal value) => Top + PlotHeight - ((double)(value - ticks[0]) / (double)(ticks[^1] - ticks[0]) * PlotHeight);

        chart.Add(YAxis(ticks, Y));
        var xTicks = Enumerable.Range(0, 6).Select(i => first.AddDays((int)Math.Round(span * i / 5d))).Distinct();
        chart.Add(new XElement(Svg + "g", new XAttribute("class", "x-ticks"), xTicks.Select(d => XTick(X(d), d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))));

        foreach (var marker in markers.OrderBy(m => m.Date))
        {
            var x = X(marker.Date);
            chart.Add(new XElement(
                Svg + "g",
                new XAttribute("class", "marker"),
                new XAttribute("data-date", Iso(marker.Date)),
                new XElement(Svg + "line", Coordinates(x, Top, x, Top + PlotHeight), new XAttribute("stroke", "#9ca3af"), new XAttribute("stroke-dasharray", "4 4")),
                new XElement(Svg + "text", new XAttribute("x", Number(x + 4)), new XAttribute("y", Top + 12), new XAttribute("font-size", 11), new XAttribute("fill", "#4b5563"), marker.Label),
                new XElement(Svg + "title", $"{Iso(marker.Date)}: {marker.Label}")));
        }

        foreach (var (line, index) in series.Select((s, i) => (s, i)))
        {
            var color = Palette[index % Palette.Length];
            var ordered = line.Points.OrderBy(p => p.Date).ToList();
            chart.Add(new XElement(
                Svg + "g",
                new XAttribute("class", "series"),
                new XAttribute("data-series", line.Name),
                new XElement(
                    Svg + "polyline",
                    new XAttribute("fill", "none"),
                    new XAttribute("stroke", color),
                    new XAttribute("stroke-width", 2),
                    new XAttribute("points", string.Join(' ', ordered.Select(p => $"{Number(X(p.Date))},{Number(Y(p.Value))}")))),
                ordered.Select(p => new XElement(
                    Svg + "circle",
                    new XAttribute("class", "point"),
                    new XAttribute("cx", Number(X(p.Date))),
                    new XAttribute("cy", Number(Y(p.Value))),
                    new XAttribute("r", 3.5),
                    new XAttribute("fill", color),
                    new XAttribute("data-date", Iso(p.Date)),
                    new XAttribute("data-value", Number(p.Value)),
                    new XElement(Svg + "title", $"{line.Name}, {Iso(p.Date)}: {Number(p.Value)} {unit}")))));
        }

        chart.Add(Legend(series.Select(s => s.Name).ToList()));
        return Write(chart);
    }

    /// <param name="columns">The x categories (e.g. weeks), labelled by <paramref name="columnLabel"/>.</param>
    public static string StackedBars(
        string title, string yTitle, string unit, string xTitle, IReadOnlyList<DateOnly> columns, Func<DateOnly, string> columnLabel, IReadOnlyList<BarSeries> series)
    {
        var chart = Frame(title, yTitle, unit, xTitle);
        var totals = columns.Select((_, c) => series.Sum(s => s.Values[c])).ToList();
        if (columns.Count == 0 || totals.All(t => t == 0))
        {
            chart.Add(Empty());
            return Write(chart);
        }

        var ticks = NiceTicks(0, totals.Max());
        double Y(decimal value) => Top + PlotHeight - ((double)(value - ticks[0]) / (double)(ticks[^1] - ticks[0]) * PlotHeight);
        chart.Add(YAxis(ticks, Y));

        var band = (double)PlotWidth / columns.Count;
        var barWidth = band * 0.7;
        for (var c = 0; c < columns.Count; c++)
        {
            var x = Left + (band * c) + ((band - barWidth) / 2);
            chart.Add(XTick(Left + (band * c) + (band / 2), columnLabel(columns[c])));
            var stacked = 0m;
            var bars = new XElement(Svg + "g", new XAttribute("class", "column"), new XAttribute("data-date", Iso(columns[c])), new XAttribute("data-total", Number(totals[c])));
            foreach (var (bar, index) in series.Select((s, i) => (s, i)))
            {
                var value = bar.Values[c];
                if (value == 0)
                {
                    continue;
                }

                var y = Y(stacked + value);
                bars.Add(new XElement(
                    Svg + "rect",
                    new XAttribute("class", "bar"),
                    new XAttribute("x", Number(x)),
                    new XAttribute("y", Number(y)),
                    new XAttribute("width", Number(barWidth)),
                    new XAttribute("height", Number(Y(stacked) - y)),
                    new XAttribute("fill", Palette[index % Palette.Length]),
                    new XAttribute("data-series", bar.Name),
                    new XAttribute("data-value", Number(value)),
                    new XElement(Svg + "title", $"{bar.Name}, {columnLabel(columns[c])}: {Number(value)} {unit}")));
                stacked += value;
            }

            chart.Add(bars);
        }

        chart.Add(Legend(series.Select(s => s.Name).ToList()));
        return Write(chart);
    }

    /// <summary>About five steps of 1, 2 or 5 × 10ⁿ covering [low, high].</summary>
    public static IReadOnlyList<decimal> NiceTicks(decimal low, decimal high)
    {
        if (high <= low)
        {
            high = low + Math.Max(1, Math.Abs(low) / 10);
        }

        var raw = (double)(high - low) / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var normalised = raw / magnitude;
        var step = (decimal)((normalised < 1.5 ? 1 : normalised < 3 ? 2 : normalised < 7 ? 5 : 10) * magnitude);
        var first = Math.Floor(low / step) * step;
        var last = Math.Ceiling(high / step) * step;
        var ticks = new List<decimal>();
        for (var tick = first; tick <= last; tick += step)
        {
            ticks.Add(tick);
        }

        return ticks;
    }

    private static XElement Frame(string title, string yTitle, string unit, string xTitle) => new(
        Svg + "svg",
        new XAttribute("width", Width),
        new XAttribute("height", Height),
        new XAttribute("viewBox", $"0 0 {Width} {Height}"),
        new XAttribute("role", "img"),
        new XAttribute("font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"),
        new XElement(Svg + "title", title),
        new XElement(Svg + "rect", new XAttribute("width", Width), new XAttribute("height", Height), new XAttribute("fill", "#ffffff")),
        new XElement(Svg + "text", new XAttribute("class", "chart-title"), new XAttribute("x", Width / 2), new XAttribute("y", 28), new XAttribute("text-anchor", "middle"), new XAttribute("font-size", 18), new XAttribute("font-weight", "600"), title),
        new XElement(Svg + "text", new XAttribute("class", "y-title"), new XAttribute("transform", $"translate(20 {Top + (PlotHeight / 2)}) rotate(-90)"), new XAttribute("text-anchor", "middle"), new XAttribute("font-size", 13), $"{yTitle} ({unit})"),
        new XElement(Svg + "text", new XAttribute("class", "x-title"), new XAttribute("x", Left + (PlotWidth / 2)), new XAttribute("y", Height - 16), new XAttribute("text-anchor", "middle"), new XAttribute("font-size", 13), xTitle),
        new XElement(Svg + "line", new XAttribute("class", "axis"), Coordinates(Left, Top + PlotHeight, Left + PlotWidth, Top + PlotHeight), new XAttribute("stroke", "#111827")),
        new XElement(Svg + "line", new XAttribute("class", "axis"), Coordinates(Left, Top, Left, Top + PlotHeight), new XAttribute("stroke", "#111827")));

    private static XElement YAxis(IReadOnlyList<decimal> ticks, Func<decimal, double> y) => new(
        Svg + "g",
        new XAttribute("class", "y-ticks"),
        ticks.Select(t => new XElement(
            Svg + "g",
            new XElement(Svg + "line", Coordinates(Left, y(t), Left + PlotWidth, y(t)), new XAttribute("stroke", "#e5e7eb")),
            new XElement(Svg + "text", new XAttribute("x", Left - 8), new XAttribute("y", Number(y(t) + 4)), new XAttribute("text-anchor", "end"), new XAttribute("font-size", 11), Number(t)))));

    private static XElement XTick(double x, string label) => new(
        Svg + "g",
        new XAttribute("class", "x-tick"),
        new XElement(Svg + "line", Coordinates(x, Top + PlotHeight, x, Top + PlotHeight + 5), new XAttribute("stroke", "#111827")),
        new XElement(Svg + "text", new XAttribute("x", Number(x)), new XAttribute("y", Top + PlotHeight + 20), new XAttribute("text-anchor", "middle"), new XAttribute("font-size", 11), label));

    private static XElement Legend(IReadOnlyList<string> names) => new(
        Svg + "g",
        new XAttribute("class", "legend"),
        names.Select((name, i) => new XElement(
            Svg + "g",
            new XAttribute("transform", $"translate({Left + ((i % 4) * 170)} {44 + ((i / 4) * 16)})"),
            new XElement(Svg + "rect", new XAttribute("width", 10), new XAttribute("height", 10), new XAttribute("y", -9), new XAttribute("fill", Palette[i % Palette.Length])),
            new XElement(Svg + "text", new XAttribute("x", 14), new XAttribute("font-size", 11), name))));

    private static XElement Empty() => new(
        Svg + "text",
        new XAttribute("class", "empty"),
        new XAttribute("x", Left + (PlotWidth / 2)),
        new XAttribute("y", Top + (PlotHeight / 2)),
        new XAttribute("text-anchor", "middle"),
        new XAttribute("font-size", 14),
        new XAttribute("fill", "#6b7280"),
        "No data yet");

    private static XAttribute[] Coordinates(double x1, double y1, double x2, double y2) =>
        [new("x1", Number(x1)), new("y1", Number(y1)), new("x2", Number(x2)), new("y2", Number(y2))];

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Write(XElement chart) => new XDocument(new XDeclaration("1.0", "utf-8", null), chart).Declaration + Environment.NewLine + chart;
}
