using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice.Batches;
using OcopCatalogue.Web.BackOffice.Pages;
using OcopCatalogue.Web.BackOffice.Producers;
using OcopCatalogue.Web.BackOffice.Products;
using OcopCatalogue.Web.BackOffice.SalesPoints;
using OcopCatalogue.Web.Media;

namespace OcopCatalogue.Tests.BackOffice.Editing;

/// <summary>What every type's edit page does alike, on the one edit pipeline: each behaviour checked for each type.</summary>
public sealed class EditPipelineTests : EditingFixture
{
    private const string SlugTaken = "Đường dẫn này đã được dùng cho một mục khác";

    [TestCase(PageContent.PathSegment)]
    [TestCase(ProducerContent.PathSegment)]
    [TestCase(ProductContent.PathSegment)]
    [TestCase(SalesPointContent.PathSegment)]
    [TestCase(BatchContent.PathSegment)]
    public async Task A_writer_gets_403_for_publish_before_the_form_is_checked(string segment)
    {
        var page = $"/backoffice/{segment}/moi";
        IEnumerable<KeyValuePair<string, string>> emptyForm = [new("Form.Note", "Người viết thử đăng một mẫu trống.")];
        await using var writer = await SignInAsync(StaffRoles.Writer);

        using var publish = await PostAsync(writer, page, "Publish", emptyForm);
        using var save = await PostAsync(writer, page, "Save", emptyForm);

        Assert.Multiple(() =>
        {
            Assert.That(publish.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "a writer learns first that they may not publish");
            Assert.That(save.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the same empty form saved comes back with its problems");
        });
    }

    [TestCase(PageContent.PathSegment, "lien-he", "Form.Slug", SlugTaken)]
    [TestCase(ProducerContent.PathSegment, "thao-an-khang", "Form.Slug", SlugTaken)]
    [TestCase(ProductContent.PathSegment, "tra-xa-den", "Form.Slug", SlugTaken)]
    [TestCase(ProductContent.PathSegment, "tra-xa-den", "Form.Gtin", "Mã GTIN này đã thuộc về một sản phẩm khác.")]
    [TestCase(SalesPointContent.PathSegment, "diem-gioi-thieu-san-pham-ocop-my-long", "Form.Slug", SlugTaken)]
    [TestCase(BatchContent.PathSegment, "XD2025-07", "Form.LotCode", "Sản phẩm này đã có một lô mang số lô này.")]
    public async Task A_copy_of_an_item_saved_as_new_is_refused_by_the_workflow_beside_the_field_it_names(
        string segment, string existing, string field, string message)
    {
        await using var editor = await SignInAsync(StaffRoles.Editor);
        var copy = await FilledForm.ReadAsync(editor.Client, $"/backoffice/{segment}/{await IdAsync(segment, existing)}", field);

        using var response = await PostAsync(editor, $"/backoffice/{segment}/moi", "Save", copy.WithoutToken());
        var page = await DocumentAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(MessageFor(page, field), Does.StartWith(message));
            Assert.That(page.QuerySelector("[name='Form.Note']"), Is.Not.Null, "the form is shown again");
        });
    }

    [TestCase(PageContent.PathSegment)]
    [TestCase(ProducerContent.PathSegment)]
    public async Task A_row_button_posted_to_a_form_without_rows_is_not_found(string segment)
    {
        await using var editor = await SignInAsync(StaffRoles.Editor);

        using var response = await PostAsync(editor, $"/backoffice/{segment}/moi", "Row", [new("row", "gallery:add:0")]);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_chosen_photo_older_than_the_offered_ones_stays_chosen_when_the_workflow_refuses_the_product()
    {
        var old = await AddReadyPhotosAsync(GalleryPhotos.Offered);
        await using var editor = await SignInAsync(StaffRoles.Editor);
        var edit = $"/backoffice/{ProductContent.PathSegment}/{await Site.ProductIdAsync("ruou-dau-tam")}";
        var form = await FilledForm.ReadAsync(editor.Client, edit, "Form.Name");
        form.Set("Form.Gallery[0].Media", old.ToString()).Set("Form.Slug", "tra-xa-den");

        using var response = await PostAsync(editor, edit, "Save", form.WithoutToken());
        var html = await response.Content.ReadAsStringAsync();
        var again = await FilledForm.ParseAsync(html, "Form.Name");
        var page = await new HtmlParser().ParseDocumentAsync(html);

        Assert.Multiple(() =>
        {
            Assert.That(MessageFor(page, "Form.Slug"), Does.StartWith(SlugTaken));
            Assert.That(again["Form.Gallery[0].Media"], Is.EqualTo(old.ToString()), "the photo is still offered, and chosen");
        });
    }

    private Task<Guid> IdAsync(string segment, string existing) => segment switch
    {
        PageContent.PathSegment => Site.WithDbAsync(db => db.Pages.Where(p => p.Slug == existing).Select(p => p.Id).SingleAsync()),
        ProducerContent.PathSegment => Site.WithDbAsync(db => db.Producers.Where(p => p.Slug == existing).Select(p => p.Id).SingleAsync()),
        ProductContent.PathSegment => Site.ProductIdAsync(existing),
        SalesPointContent.PathSegment => Site.WithDbAsync(db => db.SalesPoints.Where(s => s.Slug == existing).Select(s => s.Id).SingleAsync()),
        BatchContent.PathSegment => Site.WithDbAsync(db => db.TraceBatches.Where(b => b.LotCode == existing).Select(b => b.Id).SingleAsync()),
        _ => throw new ArgumentOutOfRangeException(nameof(segment), segment, "not an edited type"),
    };

    /// <summary>One ready library photo, then <paramref name="newer"/> newer ones that fill the form's lists; the old one's key.</summary>
    private Task<Guid> AddReadyPhotosAsync(int newer) => Site.WithDbAsync(async db =>
    {
        var now = DateTimeOffset.UtcNow;
        MediaItem Photo(string alt, DateTimeOffset at) => new()
        {
            Id = Guid.NewGuid(), OriginalFileName = "anh.jpg", Format = MediaFormat.Jpeg, Width = 800, Height = 600, ByteSize = 1000,
            Alt = alt, SearchText = alt, UploadedBy = "tester", UploadedAt = at, State = MediaState.Ready,
        };
        var old = Photo("Ảnh cũ của ruộng dâu", now.AddYears(-3));
        db.MediaItems.Add(old);
        db.MediaItems.AddRange(Enumerable.Range(0, newer).Select(i => Photo($"Ảnh mới {i}", now.AddMinutes(-i))));
        await db.SaveChangesAsync();
        return old.Id;
    });
}
