using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Traceability;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Tests.USync;

public sealed class USyncFileNameTests
{
    [Test]
    public void Batches_whose_product_slug_and_lot_run_together_alike_get_different_files()
    {
        var first = BatchSyncHandler.FileName("kiem-thu", "XSS-SVG-ONLOAD-ALERT", Guid.Parse("11111111-2222-3333-4444-555555555555"));
        var second = BatchSyncHandler.FileName("kiem-thu-xss", "SVG-ONLOAD-ALERT", Guid.Parse("99999999-2222-3333-4444-555555555555"));

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo("batches/kiem-thu-xss-svg-onload-alert-11111111.json"));
            Assert.That(second, Is.EqualTo("batches/kiem-thu-xss-svg-onload-alert-99999999.json"));
        });
    }

    [Test]
    public void A_slug_that_could_leave_the_folder_names_no_file()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => USyncFileName.Of(ProductSyncHandler.FolderName, "../secrets"), Throws.InvalidOperationException);
            Assert.That(() => BatchSyncHandler.FileName("../x", "L1", Guid.NewGuid()), Throws.InvalidOperationException);
            Assert.That(() => CertificateSyncHandler.FileName("a/b", 1), Throws.InvalidOperationException);
        });
    }
}
