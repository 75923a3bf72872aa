using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Site;

/// <summary>An editable page (about OCOP, contact), served at <c>/trang/{slug}</c>.</summary>
public sealed class ContentPageViewModel(OcopDbContext db) : PageModel
{
    public string Slug { get; private set; } = "";
    public string PageTitle { get; private set; } = "";
    public string? Summary { get; private set; }
    /// <summary>Sanitised when it was stored.</summary>
    public string BodyHtml { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!OcopCatalogue.Core.Text.Slug.IsWellFormed(slug))
        {
            return NotFound();
        }

        var page = await db.Pages.AsNoTracking()
            .Where(p => p.Slug == slug && p.State == PublicationState.Published)
            .Select(p => new { p.Slug, p.Title, p.Summary, p.BodyHtml, p.UpdatedAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        (Slug, PageTitle, Summary, BodyHtml, UpdatedAt) = (page.Slug, page.Title, page.Summary, page.BodyHtml, page.UpdatedAt);
        return Page();
    }
}
