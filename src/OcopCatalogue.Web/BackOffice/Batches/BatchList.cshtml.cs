using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Text;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice.Editing;
using OcopCatalogue.Web.BackOffice.Workflow;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.BackOffice.Batches;

/// <summary>
/// The batches staff may work on: search by lot code or product name (without accents), filters by product,
/// production dates and workflow state, newest production first, 25 a page. A producer-limited writer sees only
/// the batches of their producers' products. Unknown or malformed filter values are ignored, never an error.
/// </summary>
public sealed class BatchListModel(OcopDbContext db, EditorialQueries queries) : PagedEditorialListPage
{
    [BindProperty(SupportsGet = true, Name = "san-pham")]
    public string? Product { get; set; }

    [BindProperty(SupportsGet = true, Name = "tu-ngay")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den-ngay")]
    public string? To { get; set; }

    public IReadOnlyList<ListedBatch> Batches { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Products { get; private set; } = [];

    protected override string ListPath => "/backoffice/lo-hang";

    protected override IEnumerable<(string Name, string? Value)> Filters =>
        [("q", Query), ("san-pham", Product), ("tu-ngay", From), ("den-ngay", To), ("trang-thai", State)];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = StaffScope.From(User);
        var products = await db.Products.AsNoTracking().Select(p => new { p.Id, p.Name, p.ProducerId }).ToListAsync(cancellationToken);
        var allowed = products.Where(p => scope.Allows(p.ProducerId)).ToDictionary(p => p.Id, p => p.Name);
        Products = [.. allowed.OrderBy(p => p.Value, NameOrder).Select(p => (p.Key, p.Value))];

        var rows = (await db.TraceBatches.AsNoTracking()
            .Select(b => new { b.Id, b.ProductId, b.LotCode, b.ProductionDate, b.ExpiryDate, b.State })
            .ToListAsync(cancellationToken))
            .Where(b => allowed.ContainsKey(b.ProductId))
            .ToList();
        var statuses = await queries.StatusesAsync(ContentItemType.Batch, rows.ToDictionary(r => r.Id, r => r.State), cancellationToken);
        IEnumerable<ListedBatch> listed = rows
            .Select(r => new ListedBatch(r.Id, r.ProductId, allowed[r.ProductId], r.LotCode, r.ProductionDate, r.ExpiryDate, statuses[r.Id]))
            .Where(b => !b.Status.InRecycleBin);

        var query = Query?.Trim() ?? "";
        var folded = VietnameseText.Fold(query);
        if (query.Length > 0)
        {
            listed = listed.Where(b => b.LotCode.Contains(query, StringComparison.OrdinalIgnoreCase)
                || (folded.Length > 0 && VietnameseText.Fold(b.ProductName).Contains(folded, StringComparison.Ordinal)));
        }

        if (Guid.TryParse(Product, out var product) && allowed.ContainsKey(product))
        {
            listed = listed.Where(b => b.ProductId == product);
        }
        else
        {
            Product = null;
        }

        // Dates the filter cannot read are dropped, as any malformed filter is.
        var ignored = new List<FormProblem>();
        if (FormText.Date(ignored, "", From) is { } from)
        {
            listed = listed.Where(b => b.ProductionDate >= from);
            From = FormText.Date(from);
        }
        else
        {
            From = null;
        }

        if (FormText.Date(ignored, "", To) is { } to)
        {
            listed = listed.Where(b => b.ProductionDate <= to);
            To = FormText.Date(to);
        }
        else
        {
            To = null;
        }

        if (ReadStateFilter() is { } state)
        {
            listed = listed.Where(b => b.Status.Working == state);
        }

        Batches = PageOf(listed.OrderByDescending(b => b.ProductionDate).ThenBy(b => b.ProductName, NameOrder).ThenBy(b => b.LotCode, StringComparer.Ordinal).ToList());
    }
}
