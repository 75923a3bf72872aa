using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Tests.Traceability;

/// <summary>
/// The repository's sample batch XD2025-07 (500 produced) on a site of its own per test, since scans only add up:
/// the batch, its product's GTIN, and a client that scans it from a phone; on the database provider given. In the
/// <see cref="StampForm.ShortCode"/> form the product has no GTIN but the trace code <see cref="ShortCode"/>, so its
/// stamps carry <c>/t/{code}/10/{lot}</c>.
/// </summary>
public abstract class SampleBatchSite(DatabaseProvider provider = DatabaseProvider.Sqlite, StampForm form = StampForm.DigitalLink)
{
    protected const string Lot = "XD2025-07";
    protected const string ShortCode = "k7m2p9x4qz";
    protected const string Phone = "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 Mobile Safari/537.36";

    protected OcopWebFactory Factory { get; private set; } = null!;
    protected HttpClient Client { get; private set; } = null!;
    protected TraceBatch Batch { get; private set; } = null!;
    protected string Gtin { get; private set; } = "";

    protected StampForm Form => form;

    /// <summary>The batch's stamp path (GS1 Digital Link or short-code form), without a serial.</summary>
    protected string BatchPath => form == StampForm.ShortCode ? $"/t/{ShortCode}/10/{Lot}" : $"/01/{Gtin}/10/{Lot}";

    /// <summary>Configuration a fixture's site starts with (none by default).</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    [SetUp]
    public async Task StartSiteAsync()
    {
        Factory = new OcopWebFactory(settings: Settings) { Provider = provider };
        Client = Factory.CreateClient();
        Batch = await Factory.BatchAsync(Lot);
        Gtin = (await Factory.ProductAsync(Batch.ProductId)).Gtin!;
        if (form == StampForm.ShortCode)
        {
            var productId = Batch.ProductId;
            await Factory.WithDbAsync(db => db.Products.Where(p => p.Id == productId)
                .ExecuteUpdateAsync(p => p.SetProperty(x => x.Gtin, (string?)null).SetProperty(x => x.TraceCode, ShortCode)));
            await Factory.PublishAsync(new ContentItemRef(ContentItemType.Product, productId));
            Gtin = "";
        }
    }

    [TearDown]
    public void StopSite()
    {
        Client.Dispose();
        Factory.Dispose();
    }

    /// <summary>A GET of <paramref name="path"/> by the browser <paramref name="userAgent"/>, from <paramref name="address"/> when one is given.</summary>
    protected async Task<HttpResponseMessage> ScanAsync(string path, string userAgent = Phone, string? address = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        if (address is not null)
        {
            TestClientAddress.Set(request, address);
        }

        return await Client.SendAsync(request);
    }
}
