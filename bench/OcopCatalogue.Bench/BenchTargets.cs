using System.Globalization;
using System.Text;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Bench;

/// <summary>
/// The addresses bench/load.sh and bench/soak.sh measure, written next to the seeded database as shell
/// variables: a product with a valid certificate and a batch (its page, scan page and QR image), and a search
/// whose words come from that product's name.
/// </summary>
internal static class BenchTargets
{
    public const string FileName = "bench-targets.env";

    /// <summary>The product and batch whose pages are measured: one with a valid certificate.</summary>
    public static (Product Product, TraceBatch Batch) Measured(IReadOnlyList<Product> products, IReadOnlyList<TraceBatch> batches)
    {
        var today = VietnamTime.Today(TimeProvider.System);
        var batchOf = batches.ToDictionary(b => b.ProductId);
        var rated = products.Where(p => batchOf.ContainsKey(p.Id) && p.Certificates.Any(c => !c.IsProposed && !c.IsRevoked && c.DecisionDate is not null)).ToList();
        var product = rated.FirstOrDefault(p => OcopStanding.On(p.Certificates, today).ShowsOcopMark) ?? rated.First();
        return (product, batchOf[product.Id]);
    }

    /// <param name="issuedSerial">A serial issued for the measured batch (its stamp page), and
    /// <paramref name="madeUpSerial"/> one of the same form that was not.</param>
    public static string Describe(IReadOnlyList<Product> products, IReadOnlyList<TraceBatch> batches, string issuedSerial, string madeUpSerial)
    {
        var (product, batch) = Measured(products, batches);
        var scan = new DigitalLink(product.Gtin!, batch.LotCode).ToPath();
        // Two words of the name: the kind and what it is made of ("Trà gừng").
        var words = product.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2);
        var query = string.Join('+', words.Select(Uri.EscapeDataString));
        var products20 = string.Join(' ', products.Where((_, i) => i % (products.Count / 20 + 1) == 0).Select(p => "/san-pham/" + p.Slug));
        var scans20 = string.Join(' ', batches.Take(20).Select(b => new DigitalLink(products.First(p => p.Id == b.ProductId).Gtin!, b.LotCode).ToPath()));
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"PRODUCT_PAGE='/san-pham/{product.Slug}'")
            .AppendLine(CultureInfo.InvariantCulture, $"SCAN_PAGE='{scan}'")
            .AppendLine(CultureInfo.InvariantCulture, $"QR_PNG='/qr{scan}.png'")
            .AppendLine(CultureInfo.InvariantCulture, $"STAMP_PAGE='{new DigitalLink(product.Gtin!, batch.LotCode, issuedSerial).ToPath()}'")
            .AppendLine(CultureInfo.InvariantCulture, $"UNISSUED_STAMP_PAGE='{new DigitalLink(product.Gtin!, batch.LotCode, madeUpSerial).ToPath()}'")
            .AppendLine(CultureInfo.InvariantCulture, $"BATCH_ID='{batch.Id}'")
            .AppendLine(CultureInfo.InvariantCulture, $"SEARCH_PAGE='/tim-kiem?q={query}'")
            .AppendLine(CultureInfo.InvariantCulture, $"PRODUCT_SLUG='{product.Slug}'")
            .AppendLine(CultureInfo.InvariantCulture, $"SOME_PRODUCT_PAGES='{products20}'")
            .AppendLine(CultureInfo.InvariantCulture, $"SOME_SCAN_PAGES='{scans20}'");
        return text.ToString();
    }
}
