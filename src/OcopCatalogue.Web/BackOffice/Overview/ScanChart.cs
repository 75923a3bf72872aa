using System.Globalization;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Web.Statistics;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Web.BackOffice.Overview;

/// <summary>Scans per day as the statistics' chart draws it, columns oldest first, every day in the table beside it.</summary>
public static class ScanChart
{
    public static BarChart For(IReadOnlyList<ScanDay> days, string id, string title, IStringLocalizer<BackOfficeText> text)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(text);
        return new BarChart
        {
            Id = id,
            Title = title,
            LabelHeading = text["Scans.Day"],
            ValueHeading = text["Scans.Count"],
            Layout = ChartLayout.Columns,
            Bars = [.. days.Select(d => new ChartBar(d.Day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), d.Scans, Href: null)
            {
                ShortLabel = d.Day.ToString("dd/MM", CultureInfo.InvariantCulture),
            })],
            Total = new ChartBar(text["Scans.Total", days.Count], days.Sum(d => d.Scans), Href: null),
            Note = text["Scans.Note"],
        };
    }
}
