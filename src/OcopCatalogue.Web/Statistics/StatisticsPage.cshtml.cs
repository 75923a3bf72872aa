using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.Statistics;

/// <summary>
/// The programme in numbers. Every number is the count the catalogue itself shows for a filter (the facet counts of
/// <see cref="CatalogueFilter.Apply"/>), and links to the catalogue with exactly that filter, so the two cannot
/// disagree. "Certified" products are those with a star rating from a decision (a proposal or a revoked rating
/// has none); their status, expired included, is a chart of its own.
/// </summary>
public sealed class StatisticsPageModel(PublishedCatalogue catalogue, TimeProvider clock, IStringLocalizer<SiteText> text) : PageModel
{
    /// <summary>The catalogue's choice of every star rating: the certified products.</summary>
    public static FacetSelection Certified { get; } = new() { Stars = Enum.GetValues<StarRating>().ToHashSet() };

    public int Published { get; private set; }
    public ChartBar CertifiedTotal { get; private set; } = null!;
    public IReadOnlyList<BarChart> Charts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var entries = await catalogue.EntriesAsync(cancellationToken);
        var order = SiteFormat.NameOrder;
        var all = CatalogueFilter.None.Apply(entries, order);
        var certified = (CatalogueFilter.None with { Facets = Certified }).Apply(entries, order);
        Published = all.Total;
        CertifiedTotal = new ChartBar(text["Statistics.CertifiedTotal"], certified.Total, Link(Certified));

        var products = text["Statistics.Products"].Value;
        var stars = new BarChart
        {
            Id = "theo-hang-sao",
            Title = text["Statistics.ByStars"],
            LabelHeading = text["Catalogue.Stars"],
            ValueHeading = products,
            Bars = all.Stars.OrderByDescending(s => s.Value)
                .Select(s => new ChartBar(text["Stars.Label", (int)s.Value], s.Count, Link(FacetSelection.None with { Stars = new HashSet<StarRating> { s.Value } })))
                .ToList(),
            Total = CertifiedTotal,
        };
        var groups = new BarChart
        {
            Id = "theo-nhom",
            Title = text["Statistics.ByGroup"],
            LabelHeading = text["Catalogue.Group"],
            ValueHeading = products,
            Bars = certified.Groups.Select(g => new ChartBar(text[$"Group.{g.Value}"], g.Count, Link(Certified with { Group = g.Value }))).ToList(),
            Total = CertifiedTotal,
        };
        var localities = new BarChart
        {
            Id = "theo-dia-phuong",
            Title = text["Statistics.ByLocality"],
            LabelHeading = text["Catalogue.Locality"],
            ValueHeading = products,
            Bars = certified.Localities.Where(l => l.Count > 0)
                .Select(l => new ChartBar(
                    l.Key == FacetSelection.UnpublishedLocality ? text["Catalogue.LocalityNotPublished"]
                        : l.AsPublished ? text["Catalogue.LocalityAsPublished", SiteFormat.LineStart(l.Name)] : SiteFormat.LineStart(l.Name),
                    l.Count,
                    Link(Certified with { Locality = l.Key })))
                .ToList(),
            Total = CertifiedTotal,
            Note = text["Statistics.LocalityNote"],
        };
        // Oldest first reads as a timeline; decisions without a published date last, never given a year.
        var years = new BarChart
        {
            Id = "theo-nam-quyet-dinh",
            Title = text["Statistics.ByDecisionYear"],
            LabelHeading = text["Catalogue.DecisionYear"],
            ValueHeading = products,
            Bars = certified.DecisionYears.Where(y => y.Count > 0)
                .OrderBy(y => y.Value == FacetSelection.UnpublishedYear ? int.MaxValue : y.Value)
                .Select(y => new ChartBar(
                    y.Value == FacetSelection.UnpublishedYear ? text["Catalogue.YearNotPublished"] : y.Value.ToString(CultureInfo.InvariantCulture),
                    y.Count,
                    Link(Certified with { DecisionYear = y.Value })))
                .ToList(),
            MostBars = 40,
            Note = text["Statistics.YearNote"],
        };
        var statuses = new BarChart
        {
            Id = "theo-tinh-trang",
            Title = text["Statistics.ByStatus"],
            LabelHeading = text["Catalogue.Status"],
            ValueHeading = products,
            Bars = all.Statuses.Select(s => new ChartBar(text[$"Status.{s.Value}"], s.Count, Link(FacetSelection.None with { Status = s.Value }))).ToList(),
            Total = new ChartBar(text["Statistics.PublishedTotal"], all.Total, Link(FacetSelection.None)),
        };

        var today = VietnamTime.Today(clock);
        var window = all.Expiries.FirstOrDefault(e => e.Value.IsWindow)?.Count ?? 0;
        var expiring = new BarChart
        {
            Id = "sap-het-han",
            Title = text["Statistics.Expiring"],
            LabelHeading = text["Statistics.Month"],
            ValueHeading = text["Statistics.Certificates"],
            Bars = Enumerable.Range(0, ExpiryChoice.WindowMonths)
                .Select(i => ExpiryChoice.InMonth(today.AddMonths(i)))
                .Select(m => new ChartBar(SiteFormat.Month(m.Year, m.Month), all.Expiries.FirstOrDefault(e => e.Value == m)?.Count ?? 0, Link(FacetSelection.None with { Expiry = m })))
                .ToList(),
            Total = new ChartBar(text["Catalogue.WithinSixMonths"], window, Link(FacetSelection.None with { Expiry = ExpiryChoice.WithinSixMonths })),
            Note = text["Statistics.ExpiringNote"],
        };

        Charts = [stars, groups, localities, years, statuses, expiring];
    }

    private static string Link(FacetSelection facets) => (CatalogueFilter.None with { Facets = facets }).ToUrl();
}
