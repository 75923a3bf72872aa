using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Tests.USync;

/// <summary>Publishing writes the item's uSync file only when Ocop:ContentSync:ExportOnPublish is on.</summary>
public sealed class PublishExportTests
{
    private static readonly Guid SaTe = Guid.Parse("fe71a609-0cb1-4a01-9c7d-012fb42e8466");

    [Test]
    public async Task With_export_on_publishing_writes_the_file_and_records_it_so_the_next_start_imports_nothing()
    {
        using var usync = USyncCopy.OfRepository();
        using var factory = new OcopWebFactory(usync.Path);
        using var exporting = factory.WithWebHostBuilder(b => b.UseSetting("Ocop:ContentSync:ExportOnPublish", "true"));

        await PublishNewNameAsync(exporting, "sa-te-thai-hoa-moi", "Sa tế Thái Hòa (công thức mới)");
        var written = usync.Read("products/sa-te-thai-hoa-moi.json");
        var oldFileGone = !File.Exists(Path.Combine(usync.Path, "products", "sa-te-thai-hoa.json"));
        var again = await exporting.ImportAsync();

        Assert.Multiple(() =>
        {
            Assert.That(written, Does.Contain("\"name\": \"Sa tế Thái Hòa (công thức mới)\""));
            Assert.That(written, Does.EndWith("}\n"), "the canonical uSync layout");
            Assert.That(oldFileGone, Is.True, "the renamed item's old file goes, so its key is not claimed twice");
            Assert.That(again.ChangedAnything, Is.False);
            Assert.That(again.Problems, Is.Empty);
        });
    }

    [Test]
    public async Task Without_the_setting_publishing_leaves_the_usync_folder_alone()
    {
        using var usync = USyncCopy.OfRepository();
        using var factory = new OcopWebFactory(usync.Path);
        var before = usync.Read("products/sa-te-thai-hoa.json");

        await PublishNewNameAsync(factory, "sa-te-khong-xuat", "Sa tế không xuất tệp");

        Assert.Multiple(() =>
        {
            Assert.That(usync.Read("products/sa-te-thai-hoa.json"), Is.EqualTo(before));
            Assert.That(File.Exists(Path.Combine(usync.Path, "products", "sa-te-khong-xuat.json")), Is.False);
        });
    }

    private static async Task PublishNewNameAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, string slug, string name)
    {
        var editor = StaffPrincipal.For(StaffRoles.Editor);
        await using var scope = factory.Services.CreateAsyncScope();
        var workflow = scope.ServiceProvider.GetRequiredService<EditorialWorkflow>();
        var products = scope.ServiceProvider.GetRequiredService<OcopCatalogue.Web.BackOffice.Products.ProductContent>();
        var entry = await workflow.Queries.FindAsync(editor, ContentItemType.Product, SaTe);
        var file = products.Read(entry!.WorkingSnapshot) with { Slug = slug, Name = name };
        var saved = await workflow.Drafts.SaveAsync(editor, ContentItemType.Product, SaTe, products.Write(file), sendForReview: false);
        var published = await workflow.Publishing.PublishAsync(editor, ContentItemType.Product, SaTe, saved.Version);
        Assert.That(published.Outcome, Is.EqualTo(WorkflowOutcome.Done));
    }
}
