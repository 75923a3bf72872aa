using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.SalesPoints;
using OcopCatalogue.Core.Text;
using OcopCatalogue.Web.BackOffice.Workflow;
using OcopCatalogue.Web.Content.Publishing;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.BackOffice.SalesPoints;

/// <summary>
/// The sales points: search by name without accents, filters by kind, locality and workflow state, 25 a page.
/// Sales points belong to no producer, so a producer-limited writer sees none. Unknown or malformed filter values
/// are ignored, never an error.
/// </summary>
public sealed class SalesPointListModel(OcopDbContext db, EditorialWorkflow workflow) : PageModel
{
    public const int PageSize = 25;

    private static readonly StringComparer NameOrder = StringComparer.Create(new CultureInfo("vi-VN"), ignoreCase: true);

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "loai")]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "dia-phuong")]
    public string? Locality { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang-thai")]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public string? PageText { get; set; }

    public IReadOnlyList<ListedSalesPoint> Points { get; private set; } = [];
    public IReadOnlyList<string> Localities { get; private set; } = [];
    public bool MayWork { get; private set; }
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int PageCount { get; private set; } = 1;

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
        var statuses = await workflow.StatusesAsync(ContentItemType.SalesPoint, rows.ToDictionary(r => r.Id, r => r.State), cancellationToken);
        var listed = rows
            .Select(r => new ListedSalesPoint(r.Id, r.Name, r.Kind,
                new PostalAddress { District = r.District, CommuneOrWard = r.CommuneOrWard, Province = r.Province }.Locality, r.Products, statuses[r.Id]))
            .Where(p => !p.Status.InRecycleBin)
            .ToList();
        Localities = [.. listed.Select(p => p.Locality).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).Order(NameOrder)];

        IEnumerable<ListedSalesPoint> shown = listed;
        var folded = VietnameseText.Fold(Query);
        if (folded.Length > 0)
        {
            shown = shown.Where(p => VietnameseText.Fold(p.Name).Contains(folded, StringComparison.Ordinal));
        }

        if (Enum.TryParse<SalesPointKind>(Kind, out var kind) && Enum.IsDefined(kind) && !int.TryParse(Kind, out _))
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

        if (Enum.TryParse<PublicationState>(State, out var state) && Enum.IsDefined(state) && !int.TryParse(State, out _))
        {
            shown = shown.Where(p => p.Status.Working == state);
        }
        else
        {
            State = null;
        }

        var all = shown.OrderBy(p => p.Name, NameOrder).ToList();
        Total = all.Count;
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = int.TryParse(PageText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? Math.Clamp(number, 1, PageCount) : 1;
        Points = [.. all.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
    }

    /// <summary>This list's address with the current filters and another page.</summary>
    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?> { ["q"] = Query, ["loai"] = Kind, ["dia-phuong"] = Locality, ["trang-thai"] = State };
        if (page > 1)
        {
            query["trang"] = page.ToString(CultureInfo.InvariantCulture);
        }

        return QueryHelpers.AddQueryString("/backoffice/diem-ban", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }
}
