using System.Globalization;

namespace OcopCatalogue.Web.Statistics;

/// <summary>
/// A horizontal bar chart drawn on the server as inline SVG by <c>/Statistics/_BarChart.cshtml</c>, with the same
/// numbers in a table beside it: the public statistics and the back office's overview both draw theirs with it.
/// Each bar's label sits on its own line above the bar, so long place names stay readable when the chart shrinks to
/// a phone's width (the SVG scales with its viewBox; it needs no script and no style sheet of its own). A time
/// series (scans per day) is drawn as columns instead (<see cref="ChartLayout.Columns"/>).
/// </summary>
public sealed record BarChart
{
    public const int Width = 400;
    public const int RowHeight = 42;
    private const int BarTop = 20;
    public const int BarHeight = 14;
    /// <summary>Room right of the longest bar for its number.</summary>
    private const int ValueRoom = 56;

    /// <summary>Unique on the page: the SVG's title and the table's caption are named after it.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string LabelHeading { get; init; }
    public required string ValueHeading { get; init; }
    public required IReadOnlyList<ChartBar> Bars { get; init; }
    /// <summary>Bars beyond this many are in the table only (the table says the chart shows the largest).</summary>
    public int MostBars { get; init; } = 15;
    /// <summary>A last row of the table only (a total), not drawn.</summary>
    public ChartBar? Total { get; init; }
    /// <summary>A note under the chart, such as what "not published" means.</summary>
    public string? Note { get; init; }

    /// <summary>Rows unless told: a time series is drawn as columns.</summary>
    public ChartLayout Layout { get; init; } = ChartLayout.Rows;

    /// <summary>The bars drawn: all of them (always, for columns), or the largest <see cref="MostBars"/> in their given order.</summary>
    public IReadOnlyList<ChartBar> Drawn =>
        Layout == ChartLayout.Columns || Bars.Count <= MostBars
            ? Bars
            : Bars.Select((bar, index) => (bar, index)).OrderByDescending(b => b.bar.Value).ThenBy(b => b.index).Take(MostBars)
                .OrderBy(b => b.index).Select(b => b.bar).ToList();

    public bool IsTrimmed => Layout == ChartLayout.Rows && Bars.Count > MostBars;

    public int Height => Layout == ChartLayout.Columns ? ColumnsHeight : Math.Max(1, Drawn.Count) * RowHeight;

    public string ViewBox => string.Create(CultureInfo.InvariantCulture, $"0 0 {Width} {Height}");

    public string TitleId => Id + "-title";

    public static double LabelY(int row) => row * RowHeight + 14;

    public static double BarY(int row) => row * RowHeight + BarTop;

    /// <summary>The length of a bar: the largest fills the width less room for its number; a bar of 1 or more is never invisible.</summary>
    public double BarLength(int value)
    {
        var largest = Drawn.Count == 0 ? 0 : Drawn.Max(b => b.Value);
        if (value <= 0 || largest <= 0)
        {
            return 0;
        }

        return Math.Max(2, Math.Round((Width - ValueRoom) * (double)value / largest, 1));
    }

    /// <summary>Columns: the largest value's line (its number above it), the baseline, and the room for labels below.</summary>
    public const int ColumnsTop = 20;
    public const int ColumnsBaseline = 170;
    public const int ColumnsHeight = 196;

    /// <summary>Columns: the largest value drawn (the top line's number); 0 when every bar is 0.</summary>
    public int Largest => Drawn.Count == 0 ? 0 : Math.Max(0, Drawn.Max(b => b.Value));

    private double ColumnPitch => (double)Width / Math.Max(1, Drawn.Count);

    /// <summary>Columns: the left edge of column <paramref name="index"/>, with a little space between columns.</summary>
    public double ColumnX(int index) => Math.Round(index * ColumnPitch + ColumnPitch * 0.15, 2);

    public double ColumnWidth => Math.Max(1, Math.Round(ColumnPitch * 0.7, 2));

    /// <summary>Columns: the height of a column; the largest reaches the top line, a column of 1 or more is never invisible.</summary>
    public double ColumnHeight(int value)
    {
        var largest = Largest;
        if (value <= 0 || largest <= 0)
        {
            return 0;
        }

        return Math.Max(2, Math.Round((ColumnsBaseline - ColumnsTop) * (double)value / largest, 1));
    }

    /// <summary>Columns: the bars labelled under the chart (first, middle, last) and where their labels are anchored.</summary>
    public IEnumerable<(int Index, string Anchor)> ColumnLabels()
    {
        var count = Drawn.Count;
        if (count == 0)
        {
            yield break;
        }

        yield return (0, "start");
        if (count > 2)
        {
            yield return (count / 2, "middle");
        }

        if (count > 1)
        {
            yield return (count - 1, "end");
        }
    }

    /// <summary>Columns: where a label under column <paramref name="index"/> is anchored, kept inside the chart.</summary>
    public double ColumnLabelX(int index, string anchor) => anchor switch
    {
        "start" => 0,
        "end" => Width,
        _ => Math.Round(index * ColumnPitch + ColumnPitch / 2, 2),
    };

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
