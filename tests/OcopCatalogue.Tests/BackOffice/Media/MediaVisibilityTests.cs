using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.SalesPoints;
using OcopCatalogue.Tests.Media;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;

namespace OcopCatalogue.Tests.BackOffice.Media;

/// <summary>
/// Which library photos a producer-limited writer sees: its own uploads and the photos its producers' products and
/// the sales points selling them show, the same in the library page, a photo's page and the editor's JSON listing. Other staff see all.
/// </summary>
public sealed class MediaVisibilityTests
{
    private const string Library = "/backoffice/thu-vien-anh";
    private const string Marker = "phamvi";

    private OcopWebFactory _factory = null!;
    private VipsImages _images = null!;
    private Guid _producer;
    private Guid _own;
    private Guid _onProduct;
    private Guid _onSalesPoint;
    private Guid _onOtherProducersProduct;
    private Guid _unused;
    private BackOfficeSession _limited = null!;

    [OneTimeSetUp]
    public async Task StartWithPhotosInUse()
    {
        _factory = new OcopWebFactory();
        _images = new VipsImages();
        var jpeg = await File.ReadAllBytesAsync(await _images.PhotoAsync("pham-vi.jpg", 640, 480));
        _onProduct = (await MediaUploads.ReadyAsync(_factory, jpeg, "san-pham-cua-minh.jpg", $"{Marker} sản phẩm của mình")).Id;
        _onSalesPoint = (await MediaUploads.ReadyAsync(_factory, jpeg, "diem-ban-cua-minh.jpg", $"{Marker} điểm bán của mình")).Id;
        _onOtherProducersProduct = (await MediaUploads.ReadyAsync(_factory, jpeg, "san-pham-nguoi-khac.jpg", $"{Marker} sản phẩm người khác")).Id;
        _unused = (await MediaUploads.ReadyAsync(_factory, jpeg, "chua-dung.jpg", $"{Marker} chưa dùng")).Id;

        await _factory.WithDbAsync(async db =>
        {
            var products = await db.Products.Where(p => p.ProducerId != null).OrderBy(p => p.Slug).ToListAsync();
            var mine = products[0];
            var other = products.First(p => p.ProducerId != mine.ProducerId);
            _producer = mine.ProducerId!.Value;
            mine.Images.Add(new ProductImage { MediaId = _onProduct, Alt = "", Order = mine.Images.Count + 1 });
            other.Images.Add(new ProductImage { MediaId = _onOtherProducersProduct, Alt = "", Order = other.Images.Count + 1 });
            // A sales point is its producers' when it sells one of their products.
            var point = await db.SalesPoints.Include(s => s.Products).OrderBy(s => s.Slug).FirstAsync(s => !s.Products.Any(p => p.Id == mine.Id));
            point.Products.Add(mine);
            point.Photos.Add(new SalesPointPhoto { MediaId = _onSalesPoint, Alt = "" });
            await db.SaveChangesAsync();
        });

        _limited = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer, producers: [_producer]);
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(jpeg);
        part.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(part, "Photo", "cua-toi.jpg");
        form.Add(new StringContent($"{Marker} ảnh tôi tải lên"), "Alt");
        form.Add(new StringContent(""), "AltEn");
        using var uploaded = await _limited.PostMultipartAsync(Library + "/tai-len", form);
        _own = Guid.Parse(uploaded.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _limited.DisposeAsync();
        _factory.Dispose();
        _images.Dispose();
    }

    private Guid[] Visible => [_own, _onProduct, _onSalesPoint];

    private Guid[] Hidden => [_onOtherProducersProduct, _unused];

    private static async Task<IReadOnlyList<Guid>> ListedAsync(BackOfficeSession staff)
    {
        var html = await staff.Client.GetStringAsync(new Uri($"{Library}?q={Marker}", UriKind.Relative));
        var page = await new HtmlParser().ParseDocumentAsync(html);
        return [.. page.QuerySelectorAll("main a[href^='/backoffice/thu-vien-anh/']")
            .Select(a => a.GetAttribute("href")!.Split('/')[^1])
            .Select(id => Guid.TryParse(id, out var guid) ? guid : Guid.Empty)
            .Where(id => id != Guid.Empty)
            .Distinct()];
    }

    private static async Task<IReadOnlyList<Guid>> ApiAsync(BackOfficeSession staff)
    {
        using var json = JsonDocument.Parse(await staff.Client.GetStringAsync(new Uri($"/backoffice/api/media?q={Marker}", UriKind.Relative)));
        return [.. json.RootElement.EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
    }

    [Test]
    public async Task The_library_page_lists_only_a_limited_writers_own_uploads_and_its_producers_photos()
    {
        var listed = await ListedAsync(_limited);

        Assert.That(listed, Is.EquivalentTo(Visible));
    }

    [Test]
    public async Task The_JSON_listing_gives_a_limited_writer_the_same_photos_as_the_library_page()
    {
        var listed = await ApiAsync(_limited);

        Assert.That(listed, Is.EquivalentTo(Visible));
    }

    [Test]
    public async Task A_limited_writer_opens_the_page_of_each_photo_it_is_listed_and_no_other()
    {
        var answers = new Dictionary<Guid, HttpStatusCode>();
        foreach (var id in Visible.Concat(Hidden))
        {
            using var response = await _limited.Client.GetAsync(new Uri($"{Library}/{id}", UriKind.Relative));
            answers[id] = response.StatusCode;
        }

        Assert.Multiple(() =>
        {
            foreach (var id in Visible)
            {
                Assert.That(answers[id], Is.EqualTo(HttpStatusCode.OK), id.ToString());
            }

            foreach (var id in Hidden)
            {
                Assert.That(answers[id], Is.EqualTo(HttpStatusCode.NotFound), id.ToString());
            }
        });
    }

    [Test]
    public async Task Unlimited_staff_still_see_every_photo()
    {
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);

        var listed = await ListedAsync(editor);
        var api = await ApiAsync(editor);
        using var hidden = await editor.Client.GetAsync(new Uri($"{Library}/{_unused}", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(listed, Is.EquivalentTo(Visible.Concat(Hidden)));
            Assert.That(api, Is.EquivalentTo(Visible.Concat(Hidden)));
            Assert.That(hidden.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }
}
