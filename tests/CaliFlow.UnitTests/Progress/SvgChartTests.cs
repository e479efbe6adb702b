using System.Globalization;
using System.Xml.Linq;
using CaliFlow.Modules.Progress.Charts;
using Shouldly;

namespace CaliFlow.UnitTests.Progress;

public sealed class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Theory]
    [InlineData(0, 12, new[] { 0d, 2, 4, 6, 8, 10, 12 })]
    [InlineData(71.4, 72.5, new[] { 71.4, 71.6, 71.8, 72.0, 72.2, 72.4, 72.6 })]
    [InlineData(0, 930, new[] { 0d, 200, 400, 600, 800, 1000 })]
    [InlineData(5, 5, new[] { 5d, 5.2, 5.4, 5.6, 5.8, 6 })]
    public void Axis_ticks_are_round_steps_covering_the_data(double low, double high, double[] expected) =>
        SvgChart.NiceTicks((decimal)low, (decimal)high).ShouldBe(expected.Select(e => (decimal)e).ToList());

    [Fact]
    public void A_line_chart_has_titled_axes_with_units_and_every_point_inside_the_plot()
    {
        var svg = SvgChart.Lines(
            "Body weight",
            "Body weight",
            "kg",
            [new LineSeries("Body weight", [new(new DateOnly(2026, 1, 1), 80m), new(new DateOnly(2026, 3, 1), 78.5m), new(new DateOnly(2026, 2, 1), 79m)])],
            [new ChartMarker(new DateOnly(2026, 2, 15), "↑ Diamond push-up")],
            zeroBased: false);

        var root = XDocument.Parse(svg).Root!;
        root.Name.ShouldBe(Svg + "svg");
        root.Descendants(Svg + "text").Single(t => (string?)t.Attribute("class") == "y-title").Value.ShouldBe("Body weight (kg)");
        root.Descendants(Svg + "text").Single(t => (string?)t.Attribute("class") == "x-title").Value.ShouldBe("Date");
        var points = root.Descendants(Svg + "circle").ToList();
        points.Select(p => ((string)p.Attribute("data-date")!, (string)p.Attribute("data-value")!))
            .ShouldBe([("2026-01-01", "80"), ("2026-02-01", "79"), ("2026-03-01", "78.5")]);
        points.ShouldAllBe(p => (double)p.Attribute("cx")! >= 80 && (double)p.Attribute("cx")! <= 776 &&
                                (double)p.Attribute("cy")! >= 72 && (double)p.Attribute("cy")! <= 368);
        // Lower weight is drawn lower: SVG's y grows downwards.
        ((double)points[2].Attribute("cy")!).ShouldBeGreaterThan((double)points[0].Attribute("cy")!);
        root.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "marker").Value.ShouldContain("Diamond push-up");
    }

    [Fact]
    public void Stacked_bars_carry_each_value_and_total_per_column()
    {
        DateOnly[] weeks = [new(2026, 6, 1), new(2026, 6, 8)];
        var svg = SvgChart.StackedBars(
            "Weekly sets", "Sets", "sets", "Week starting (Monday)", weeks, w => w.ToString("MMM d", CultureInfo.InvariantCulture),
            [new BarSeries("Horizontal push", [6m, 0m]), new BarSeries("Vertical pull", [4m, 3m])]);

        var columns = XDocument.Parse(svg).Root!.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "column").ToList();
        columns.Select(c => ((string)c.Attribute("data-date")!, (string)c.Attribute("data-total")!)).ShouldBe([("2026-06-01", "10"), ("2026-06-08", "3")]);
        columns[1].Elements(Svg + "rect").Select(r => (string)r.Attribute("data-series")!).ShouldBe(["Vertical pull"]);
    }

    [Fact]
    public void Names_are_text_never_markup_and_no_data_says_so()
    {
        var svg = SvgChart.Lines("Chart", "Reps", "reps", [new LineSeries("<script>alert(1)</script>", [new(new DateOnly(2026, 1, 1), 5m)])], [], zeroBased: true);
        var root = XDocument.Parse(svg).Root!;
        root.Descendants().ShouldNotContain(e => e.Name.LocalName == "script");
        root.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "series").Attribute("data-series")!.Value.ShouldBe("<script>alert(1)</script>");

        var empty = XDocument.Parse(SvgChart.Lines("Chart", "Reps", "reps", [], [], zeroBased: true)).Root!;
        empty.Descendants(Svg + "text").Single(t => (string?)t.Attribute("class") == "empty").Value.ShouldBe("No data yet");
    }
}
