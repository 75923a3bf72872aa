using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Tests.USync;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Tests.Catalogue;

/// <summary>The kind and decision scan of a certificate recorded in the back office survive export and import.</summary>
public sealed class CertificateEventFileTests
{
    private const string TraXaDen = "certificates/tra-xa-den-1.json";

    [Test]
    public async Task Revocation_with_its_scan_exports_and_imports_into_another_site_unchanged()
    {
        using var usync = USyncCopy.OfRepository();
        Guid revocationId;
        using (var first = new OcopWebFactory(usync.Path))
        {
            revocationId = await AddRevocationAsync(first, "tra-xa-den");
            await using var scope = first.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ContentExporter>().ExportAsync(usync.Path);
        }

        var written = usync.Json("certificates/tra-xa-den-2.json");
        using var second = new OcopWebFactory(usync.Path);
        await using var check = second.Services.CreateAsyncScope();
        var copy = await check.ServiceProvider.GetRequiredService<OcopDbContext>().Certificates.SingleAsync(c => c.Id == revocationId);

        Assert.Multiple(() =>
        {
            Assert.That(written["kind"]!.GetValue<string>(), Is.EqualTo("Revocation"));
            Assert.That(written["decisionScan"]!.GetValue<string>(), Is.EqualTo("0123456789abcdef0123456789abcdef.pdf"));
            Assert.That(copy.Kind, Is.EqualTo(EvaluationKind.Revocation));
            Assert.That(copy.DecisionScan, Is.EqualTo("0123456789abcdef0123456789abcdef.pdf"));
            Assert.That(copy.Sequence, Is.EqualTo(2));
            Assert.That(copy.StatusOn(new DateOnly(2026, 12, 1)), Is.EqualTo(CertificateStatus.Revoked));
        });
    }

    [Test]
    public async Task File_written_before_kind_and_decision_scan_existed_still_imports()
    {
        using var usync = USyncCopy.OfRepository();
        usync.Edit(TraXaDen, json =>
        {
            json.Remove("kind");
            json.Remove("decisionScan");
            json["note"] = "Ghi chú sửa để tệp được nhập lại.";
        });
        using var factory = new OcopWebFactory(usync.Path);
        await using var scope = factory.Services.CreateAsyncScope();
        var certificate = await scope.ServiceProvider.GetRequiredService<OcopDbContext>().Certificates
            .SingleAsync(c => c.Note == "Ghi chú sửa để tệp được nhập lại.");

        Assert.Multiple(() =>
        {
            Assert.That(certificate.Kind, Is.Null);
            Assert.That(certificate.DecisionScan, Is.Null);
        });
    }

    [TestCase("../../ocop.db")]
    [TestCase("scan.php")]
    [TestCase("0123456789ABCDEF0123456789ABCDEF.pdf")]
    public async Task Decision_scan_that_is_not_a_name_the_site_made_is_refused(string name)
    {
        using var usync = USyncCopy.OfRepository();
        usync.Edit(TraXaDen, json => json["decisionScan"] = name);
        using var factory = new OcopWebFactory(usync.Path);

        var report = await ContentImportTests.ImportAsync(factory);

        Assert.That(report.Problems.Select(p => p.Message), Has.Some.Contains("decisionScan"));
    }

    [Test]
    public async Task Revocation_that_keeps_a_score_is_refused()
    {
        using var usync = USyncCopy.OfRepository();
        usync.Edit(TraXaDen, json => json["kind"] = "Revocation");
        using var factory = new OcopWebFactory(usync.Path);

        var report = await ContentImportTests.ImportAsync(factory);

        Assert.That(report.Problems.Select(p => p.Message), Has.Some.Contains("Revocation"));
    }

    private static async Task<Guid> AddRevocationAsync(OcopWebFactory factory, string productSlug)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        var product = await db.Products.Include(p => p.Certificates).SingleAsync(p => p.Slug == productSlug);
        var revocation = new Certificate
        {
            Id = Guid.NewGuid(),
            ProductId = product.Id,
            Sequence = 2,
            Kind = EvaluationKind.Revocation,
            Level = IssuingLevel.Province,
            DecisionNumber = "TEST-99/QĐ-UBND",
            DecisionDate = new DateOnly(2026, 11, 2),
            DecisionScan = "0123456789abcdef0123456789abcdef.pdf",
            IsRevoked = true,
            RevokedOn = new DateOnly(2026, 11, 2),
            Note = "Bản ghi thử nghiệm.",
        };
        db.Certificates.Add(revocation);
        await db.SaveChangesAsync();
        return revocation.Id;
    }
}
