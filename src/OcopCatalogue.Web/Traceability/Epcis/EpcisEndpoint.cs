using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.Traceability.Epcis;

/// <summary>
/// <c>/epcis/01/{gtin}/10/{lot}</c> (or <c>/epcis/t/{code}/10/{lot}</c>): a published batch's timeline as EPCIS 2.0 JSON-LD, the <c>gs1:traceability</c>
/// link of the batch's Digital Link for machines. The public document carries no serials: a list of the issued
/// ones is exactly what a counterfeiter would print; staff download the full document in the back office.
/// </summary>
public static class EpcisEndpoint
{
    public const string Prefix = "/epcis";

    public static string PathOf(string batchPath) => Prefix + batchPath;

    public static async Task<IResult> HandleAsync(HttpContext context, string path, OcopDbContext db, PublicAddress address, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(address);
        var link = StampLink.Parse("/" + path, out _);
        if (link?.Lot is not { } lot || link.Serial is not null)
        {
            return Results.NotFound();
        }

        var (gtin, code) = (link.Gtin, link.TraceCode);
        var published = db.Products.AsNoTracking().Where(p => p.State == PublicationState.Published);
        var product = await (gtin is not null ? published.Where(p => p.Gtin == gtin) : published.Where(p => p.TraceCode == code))
            .Select(p => new { p.Id })
            .SingleOrDefaultAsync(context.RequestAborted);
        var batch = product is null ? null : await db.TraceBatches.AsNoTracking()
            .SingleOrDefaultAsync(b => b.ProductId == product.Id && b.LotCode == lot && b.State == PublicationState.Published, context.RequestAborted);
        if (batch is null)
        {
            return Results.NotFound();
        }

        var document = BatchEpcis.Export(link, batch, [], address.BaseUrl(context.Request), clock.GetUtcNow());
        return Results.Text(document.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }),
            BatchEpcis.MediaType, System.Text.Encoding.UTF8);
    }
}
