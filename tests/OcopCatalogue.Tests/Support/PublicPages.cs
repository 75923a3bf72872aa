using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Tests.Support;

/// <summary>Every public page of a running site, with the slugs taken from its own database.</summary>
public static class PublicPages
{
    /// <summary>A path that names nothing: it must answer with the not-found page and status 404.</summary>
    public const string NotFound = "/san-pham/khong-co-san-pham-nay";

    public static Task<IReadOnlyList<string>> PathsAsync(OcopWebFactory factory) => factory.WithDbAsync(PathsAsync);

    private static async Task<IReadOnlyList<string>> PathsAsync(OcopDbContext db)
    {
        var paths = new List<string>
        {
            "/",
            "/san-pham",
            "/san-pham?sao=4",
            "/san-pham?sao=3&sao=5",
            // Malformed filters still give the normal catalogue.
            "/san-pham?sao=abc&trang=-1",
            "/diem-ban",
            "/tim-kiem",
            "/tim-kiem?q=dau+tam",
            // Corrected words, chosen filters and a page past the end.
            "/tim-kiem?q=tra+sa+den&sao=3&trang=9",
            "/tim-kiem?q=qqqqzzzz",
            "/thong-ke",
            "/du-lieu-mo",
            "/san-pham?nam-quyet-dinh=chua-cong-bo&het-han=6-thang&dia-phuong=chua-cong-bo",
        };
        // The directory's filters and distance sort, when some sales point has coordinates, plus malformed choices.
        paths.Add("/diem-ban?dia-phuong=%3Cb%3E&loai=khong-co&nhom=99&san-pham=x&gan=-");
        var located = await db.SalesPoints.AsNoTracking().Where(s => s.State == PublicationState.Published && s.Latitude != null)
            .OrderBy(s => s.Slug).Select(s => s.Address).FirstOrDefaultAsync();
        if (located is not null)
        {
            paths.Add("/diem-ban?gan=" + OcopCatalogue.Core.Text.Slug.From(located.Locality) + "&nhom=1");
        }

        paths.AddRange(await db.Products.Where(p => p.State == PublicationState.Published)
            .OrderBy(p => p.Slug).Select(p => "/san-pham/" + p.Slug).ToListAsync());
        paths.AddRange(await db.Producers.Where(p => p.State == PublicationState.Published)
            .OrderBy(p => p.Slug).Select(p => "/chu-the/" + p.Slug).ToListAsync());
        paths.AddRange(await db.SalesPoints.Where(s => s.State == PublicationState.Published)
            .OrderBy(s => s.Slug).Select(s => "/diem-ban/" + s.Slug).ToListAsync());
        paths.AddRange(await db.Pages.Where(p => p.State == PublicationState.Published)
            .OrderBy(p => p.Slug).Select(p => "/trang/" + p.Slug).ToListAsync());
        // The scan page of each seeded batch (GS1 Digital Link with a lot).
        var batches = await db.TraceBatches.Join(db.Products, b => b.ProductId, p => p.Id, (b, p) => new { p.Gtin, b.LotCode })
            .Where(x => x.Gtin != null).OrderBy(x => x.Gtin).ToListAsync();
        paths.AddRange(batches.Select(x => $"/01/{x.Gtin}/10/{x.LotCode}"));
        // The printable label sheet: a product's own stamps, and a batch's.
        if (batches.Count > 0)
        {
            var gtin = batches[0].Gtin;
            var slug = await db.Products.Where(p => p.Gtin == gtin).Select(p => p.Slug).SingleAsync();
            paths.Add("/nhan-in/" + slug);
            paths.Add($"/nhan-in/{slug}?lo={Uri.EscapeDataString(batches[0].LotCode)}");
        }

        // Every page again on the English site; scan pages and label sheets are language-neutral and have no English twin.
        paths.AddRange(paths.Where(p => !p.StartsWith("/01/", StringComparison.Ordinal) && !p.StartsWith("/nhan-in/", StringComparison.Ordinal)).Select(OcopCatalogue.Web.Site.SiteLanguage.ToEnglish).ToList());
        return paths;
    }
}
