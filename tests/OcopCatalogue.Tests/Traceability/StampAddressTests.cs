using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Site;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Tests.Traceability;

public sealed class StampAddressTests
{
    private static readonly string Gtin = ContentSeed.ExampleGtin(42);

    [Test]
    public void Product_with_a_GTIN_gets_a_Digital_Link_even_when_it_also_has_a_trace_code() =>
        Assert.That(StampAddress.ForProduct(Gtin, "k7m2p9x4qz"), Is.EqualTo("/01/" + Gtin));

    [Test]
    public void Product_without_a_GTIN_gets_its_trace_code() =>
        Assert.That(StampAddress.ForProduct(null, "k7m2p9x4qz"), Is.EqualTo("/t/k7m2p9x4qz"));

    [Test]
    public void Product_without_GTIN_or_code_has_no_stamp() =>
        Assert.That(StampAddress.ForProduct(null, "NOT-A-CODE"), Is.Null);

    [Test]
    public void Batch_lot_is_percent_encoded_in_the_stamp_and_its_QR_path()
    {
        var path = StampAddress.ForBatch(Gtin, null, "A/7");

        Assert.That(path, Is.EqualTo($"/01/{Gtin}/10/A%2F7"));
        Assert.That(StampAddress.QrImage(path!, StampAddress.Png), Is.EqualTo($"/qr/01/{Gtin}/10/A%2F7.png"));
    }

    [Test]
    public void Configured_public_base_url_wins_over_the_request_host()
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = "http";
        request.Host = new HostString("10.0.0.5:8080");

        var configured = new PublicAddress(Options.Create(new PublicAddressOptions { PublicBaseUrl = "https://ocop.example.vn/" }));
        var unset = new PublicAddress(Options.Create(new PublicAddressOptions()));

        Assert.That(configured.BaseUrl(request), Is.EqualTo("https://ocop.example.vn"));
        Assert.That(unset.BaseUrl(request), Is.EqualTo("http://10.0.0.5:8080"));
    }

    [Test]
    public async Task QR_PNG_of_a_configured_address_decodes_to_that_address()
    {
        var url = $"https://ocop.example.vn/01/{Gtin}/10/A%2F7";

        var decoded = await ZbarDecoder.DecodeAsync(QrStamps.RenderPng(url), ".png");

        Assert.That(decoded, Is.EqualTo(url));
    }
}
