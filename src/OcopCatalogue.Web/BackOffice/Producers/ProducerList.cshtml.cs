using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Editorial;
using OcopCatalogue.Core.Text;
using OcopCatalogue.Web.BackOffice.Workflow;
using OcopCatalogue.Web.Content.Publishing;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.BackOffice.Producers;

/// <summary>The producers staff may work on, searchable without accents and filterable by workflow state.</summary>
public sealed class ProducerListModel(OcopDbContext db, EditorialWorkflow workflow) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang-thai")]
    public string? State { get; set; }

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
        var statuses = await workflow.StatusesAsync(ContentItemType.Producer, rows.ToDictionary(r => r.Id, r => r.State), cancellationToken);
        var folded = VietnameseText.Fold(Query);
        var hasState = Enum.TryParse<PublicationState>(State, out var state) && Enum.IsDefined(state) && !int.TryParse(State, out _);
        if (!hasState)
        {
            State = null;
        }

        Producers = [.. rows
            .Where(r => !statuses[r.Id].InRecycleBin)
            .Where(r => folded.Length == 0 || VietnameseText.Fold(r.Name).Contains(folded, StringComparison.Ordinal))
            .Where(r => !hasState || statuses[r.Id].Working == state)
            .OrderBy(r => r.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), ignoreCase: true))
            .Select(r => (r.Id, r.Name, new PostalAddress { District = r.District, CommuneOrWard = r.CommuneOrWard, Province = r.Province }.Locality, r.Products, statuses[r.Id]))];
    }
}
