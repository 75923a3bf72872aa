using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.SalesPoints;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice.Editing;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.BackOffice.SalesPoints;

/// <summary>
/// The sales points: search by name without accents, filters by kind, locality and workflow state, 25 a page.
/// Sales points belong to no producer, so a producer-limited writer sees none. Unknown or malformed filter values
/// are ignored, never an error.
/// </summary>
public sealed class SalesPointListModel(OcopDbContext db, EditorialQueries queries) : PagedEditorialListPage
{
    [BindProperty(SupportsGet = true, Name = "loai")]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "dia-phuong")]
    public string? Locality { get; set; }

    public IReadOnlyList<ListedSalesPoint> Points { get; private set; } = [];
    public IReadOnlyList<string> Localities { get; private set; } = [];
    public bool MayWork { get; private set; }

    protected override string ListPath => "/backoffice/diem-ban";

    protected override IEnumerable<(string Name, string? Value)> Filters =>
        [("q", Query), ("loai", Kind), ("dia-phuong", Locality), ("trang-thai", State)];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        MayWork = StaffScope.From(User).Allows(null);
        if (!MayWork)
        {
            return;
        }

        var rows = await db.SalesPoints.AsNoTracking()
            .Select(s => new { s.Id, s.Name, s.Kind, s.Address.District, s.Address.CommuneOrWard, s.Address.Province, s.State, Products = s.Products.Count })
            .ToListAsync(cancellationToken);
        var statuses = await queries.StatusesAsync(ContentItemType.SalesPoint, rows.ToDictionary(r => r.Id, r => r.State), cancellationToken);
        var listed = rows
            .Select(r => new ListedSalesPoint(r.Id, r.Name, r.Kind,
                new PostalAddress { District = r.District, CommuneOrWard = r.CommuneOrWard, Province = r.Province }.Locality, r.Products, statuses[r.Id]))
            .Where(p => !p.Status.InRecycleBin)
            .ToList();
        Localities = [.. listed.Select(p => p.Locality).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).Order(NameOrder)];

        var shown = Searched(listed, p => p.Name);
        if (Choice<SalesPointKind>(Kind) is { } kind)
        {
            shown = shown.Where(p => p.Kind == kind);
        }
        else
        {
            Kind = null;
        }

        if (Locality is not null && Localities.Contains(Locality, StringComparer.Ordinal))
        {
            shown = shown.Where(p => p.Locality == Locality);
        }
        else
        {
            Locality = null;
        }

        if (ReadStateFilter() is { } state)
        {
            shown = shown.Where(p => p.Status.Working == state);
        }

        Points = PageOf(shown.OrderBy(p => p.Name, NameOrder).ToList());
    }
}
