using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Editorial;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice.Editing;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.BackOffice.Producers;

/// <summary>The producers staff may work on, searchable without accents and filterable by workflow state.</summary>
public sealed class ProducerListModel(OcopDbContext db, EditorialQueries queries) : EditorialListPage
{
    public IReadOnlyList<(Guid Id, string Name, string Locality, int Products, EditorialStatus Status)> Producers { get; private set; } = [];

    public bool MayCreate { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = StaffScope.From(User);
        MayCreate = !scope.IsLimited;
        var rows = await db.Producers.AsNoTracking()
            .Select(p => new { p.Id, p.Name, p.Address.District, p.Address.CommuneOrWard, p.Address.Province, p.State, Products = p.Products.Count })
            .ToListAsync(cancellationToken);
        rows = [.. rows.Where(r => scope.Allows(r.Id))];
        var statuses = await queries.StatusesAsync(ContentItemType.Producer, rows.ToDictionary(r => r.Id, r => r.State), cancellationToken);
        var state = ReadStateFilter();
        Producers = [.. Searched(rows, r => r.Name)
            .Where(r => !statuses[r.Id].InRecycleBin)
            .Where(r => state is null || statuses[r.Id].Working == state)
            .OrderBy(r => r.Name, NameOrder)
            .Select(r => (r.Id, r.Name, new PostalAddress { District = r.District, CommuneOrWard = r.CommuneOrWard, Province = r.Province }.Locality, r.Products, statuses[r.Id]))];
    }
}
