using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice.Editing;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.BackOffice.Products;

/// <summary>
/// The products staff may work on: search by name without accents (VietnameseText.Fold), filters by group, workflow
/// state and producer, 25 a page. A producer-limited writer sees only their producers' products. Unknown or malformed
/// filter values are ignored, never an error.
/// </summary>
public sealed class ProductListModel(OcopDbContext db, EditorialQueries queries) : PagedEditorialListPage
{
    [BindProperty(SupportsGet = true, Name = "nhom")]
    public string? Group { get; set; }

    [BindProperty(SupportsGet = true, Name = "chu-the")]
    public string? Producer { get; set; }

    public IReadOnlyList<ListedProduct> Products { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Producers { get; private set; } = [];

    protected override string ListPath => "/backoffice/san-pham";

    protected override IEnumerable<(string Name, string? Value)> Filters =>
        [("q", Query), ("nhom", Group), ("trang-thai", State), ("chu-the", Producer)];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = StaffScope.From(User);
        var rows = await db.Products.AsNoTracking()
            .Select(p => new { p.Id, p.Name, p.Slug, p.Group, p.ProducerId, ProducerName = p.Producer != null ? p.Producer.Name : null, p.State })
            .ToListAsync(cancellationToken);
        rows = [.. rows.Where(r => scope.Allows(r.ProducerId))];
        var statuses = await queries.StatusesAsync(ContentItemType.Product, rows.ToDictionary(r => r.Id, r => r.State), cancellationToken);
        var producers = await db.Producers.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        Producers = [.. producers.Where(p => scope.Allows(p.Id)).Select(p => (p.Id, p.Name))];

        var listed = Searched(rows.Select(r => new ListedProduct(r.Id, r.Name, r.Slug, r.Group, r.ProducerName, statuses[r.Id]))
            .Where(p => !p.Status.InRecycleBin), p => p.Name);
        if (Choice<OcopGroup>(Group) is { } group)
        {
            listed = listed.Where(p => p.Group == group);
        }
        else
        {
            Group = null;
        }

        if (ReadStateFilter() is { } state)
        {
            listed = listed.Where(p => p.Status.Working == state);
        }

        if (Guid.TryParse(Producer, out var producer))
        {
            listed = listed.Where(p => rows.Any(r => r.Id == p.Id && r.ProducerId == producer));
        }
        else
        {
            Producer = null;
        }

        Products = PageOf(listed.OrderBy(p => p.Name, NameOrder).ToList());
    }
}
