using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.Catalogue;

public sealed class ProducerDetailModel(OcopDbContext db, TimeProvider clock) : PageModel
{
    public ProducerDetails Producer { get; private set; } = null!;
    public IReadOnlyList<CatalogueEntry> Products { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!OcopCatalogue.Core.Text.Slug.IsWellFormed(slug))
        {
            return NotFound();
        }

        var producer = await db.Producers.AsNoTracking()
            .Where(p => p.Slug == slug && p.State == PublicationState.Published)
            .Select(p => new ProducerDetails
            {
                Id = p.Id,
                Slug = p.Slug,
                Name = p.Name,
                Kind = p.Kind,
                Address = p.Address,
                Latitude = p.Latitude,
                Longitude = p.Longitude,
                Phone = p.Phone,
                Website = p.Website,
                StoryHtml = p.StoryHtml,
                NameEn = p.NameEn,
                StoryHtmlEn = p.StoryHtmlEn,
                StoryIsSample = p.StoryIsSample,
                UpdatedAt = p.UpdatedAt,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (producer is null)
        {
            return NotFound();
        }

        Producer = producer;
        var id = producer.Id;
        var products = await PublishedProducts.LoadAsync(db, VietnamTime.Today(clock), p => p.ProducerId == id, cancellationToken);
        Products = products.FeaturedFirst(SiteFormat.NameOrder).ToList();
        return Page();
    }
}
