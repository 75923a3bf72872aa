using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Editorial;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice.Editing;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.BackOffice.Pages;

/// <summary>The content pages in menu order, searchable by title without accents and filterable by workflow state.
/// Pages belong to no producer, so a producer-limited writer sees none.</summary>
public sealed class PageListModel(OcopDbContext db, EditorialQueries queries) : EditorialListPage
{
    public IReadOnlyList<(Guid Id, string Title, string Slug, int MenuOrder, EditorialStatus Status)> Pages { get; private set; } = [];

    public bool MayWork { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        MayWork = StaffScope.From(User).Allows(null);
        if (!MayWork)
        {
            return;
        }

        var rows = await db.Pages.AsNoTracking().Select(p => new { p.Id, p.Title, p.Slug, p.MenuOrder, p.State }).ToListAsync(cancellationToken);
        var statuses = await queries.StatusesAsync(ContentItemType.Page, rows.ToDictionary(r => r.Id, r => r.State), cancellationToken);
        var state = ReadStateFilter();
        Pages = [.. Searched(rows, r => r.Title)
            .Where(r => !statuses[r.Id].InRecycleBin)
            .Where(r => state is null || statuses[r.Id].Working == state)
            .OrderBy(r => r.MenuOrder).ThenBy(r => r.Title, NameOrder)
            .Select(r => (r.Id, r.Title, r.Slug, r.MenuOrder, statuses[r.Id]))];
    }
}
