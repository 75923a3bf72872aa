using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Editorial;
using OcopCatalogue.Core.Text;
using OcopCatalogue.Web.BackOffice.Workflow;
using OcopCatalogue.Web.Content.Publishing;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.BackOffice.Products;

/// <summary>
/// The products staff may work on: search by name without accents (VietnameseText.Fold), filters by group, workflow
/// state and producer, 25 a page. A producer-limited writer sees only their producers' products. Unknown or malformed
/// filter values are ignored, never an error.
/// </summary>
public sealed class ProductListModel(OcopDbContext db, EditorialWorkflow workflow) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "nhom")]
    public string? Group { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang-thai")]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "chu-the")]
    public string? Producer { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public string? PageText { get; set; }

    public IReadOnlyList<ListedProduct> Products { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Producers { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int PageCount { get; private set; } = 1;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = StaffScope.From(User);
        var rows = await db.Products.AsNoTracking()
            .Select(p => new { p.Id, p.Name, p.Slug, p.Group, p.ProducerId, ProducerName = p.Producer != null ? p.Producer.Name : null, p.State })
            .ToListAsync(cancellationToken);
        rows = [.. rows.Where(r => scope.Allows(r.ProducerId))];
        var statuses = await workflow.StatusesAsync(ContentItemType.Product, rows.ToDictionary(r => r.Id, r => r.State), cancellationToken);
        var producers = await db.Producers.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        Producers = [.. producers.Where(p => scope.Allows(p.Id)).Select(p => (p.Id, p.Name))];

        var listed = rows.Select(r => new ListedProduct(r.Id, r.Name, r.Slug, r.Group, r.ProducerName, statuses[r.Id]))
            .Where(p => !p.Status.InRecycleBin);
        var folded = VietnameseText.Fold(Query);
        if (folded.Length > 0)
        {
            listed = listed.Where(p => VietnameseText.Fold(p.Name).Contains(folded, StringComparison.Ordinal));
        }

        if (Enum.TryParse<OcopGroup>(Group, out var group) && Enum.IsDefined(group) && !int.TryParse(Group, out _))
        {
            listed = listed.Where(p => p.Group == group);
        }
        else
        {
            Group = null;
        }

        if (Enum.TryParse<PublicationState>(State, out var state) && Enum.IsDefined(state) && !int.TryParse(State, out _))
        {
            listed = listed.Where(p => p.Status.Working == state);
        }
        else
        {
            State = null;
        }

        if (Guid.TryParse(Producer, out var producer))
        {
            listed = listed.Where(p => rows.Any(r => r.Id == p.Id && r.ProducerId == producer));
        }
        else
        {
            Producer = null;
        }

        var all = listed.OrderBy(p => p.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), ignoreCase: true)).ToList();
        Total = all.Count;
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = int.TryParse(PageText, out var number) ? Math.Clamp(number, 1, PageCount) : 1;
        Products = [.. all.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
    }

    /// <summary>This list's address with the current filters and another page.</summary>
    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?> { ["q"] = Query, ["nhom"] = Group, ["trang-thai"] = State, ["chu-the"] = Producer };
        if (page > 1)
        {
            query["trang"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/backoffice/san-pham", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }
}
