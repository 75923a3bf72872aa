using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Editorial;
using OcopCatalogue.Core.Text;
using OcopCatalogue.Web.BackOffice.Workflow;
using OcopCatalogue.Web.Content.Publishing;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.BackOffice.Pages;

/// <summary>The content pages in menu order, searchable by title without accents and filterable by workflow state.
/// Pages belong to no producer, so a producer-limited writer sees none.</summary>
public sealed class PageListModel(OcopDbContext db, EditorialWorkflow workflow) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang-thai")]
    public string? State { get; set; }

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
        var statuses = await workflow.StatusesAsync(ContentItemType.Page, rows.ToDictionary(r => r.Id, r => r.State), cancellationToken);
        var folded = VietnameseText.Fold(Query);
        var hasState = Enum.TryParse<PublicationState>(State, out var state) && Enum.IsDefined(state) && !int.TryParse(State, out _);
        if (!hasState)
        {
            State = null;
        }

        Pages = [.. rows
            .Where(r => !statuses[r.Id].InRecycleBin)
            .Where(r => folded.Length == 0 || VietnameseText.Fold(r.Title).Contains(folded, StringComparison.Ordinal))
            .Where(r => !hasState || statuses[r.Id].Working == state)
            .OrderBy(r => r.MenuOrder).ThenBy(r => r.Title, StringComparer.Create(new CultureInfo("vi-VN"), ignoreCase: true))
            .Select(r => (r.Id, r.Title, r.Slug, r.MenuOrder, statuses[r.Id]))];
    }
}
