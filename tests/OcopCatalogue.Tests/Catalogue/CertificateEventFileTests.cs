using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Tests.Support;

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
            await first.ExportAsync(usync.Path);
        }

        var written = usync.Json("certificates/tra-xa-den-2.json");
        using var second = new OcopWebFactory(usync.Path);
        var copy = await second.WithDbAsync(db => db.Certificates.SingleAsync(c => c.Id == revocationId));

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
        var certificate = await factory.WithDbAsync(db => db.Certificates.SingleAsync(c => c.Note == "Ghi chú sửa để tệp được nhập lại."));

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

        var report = await factory.ImportAsync();

        Assert.That(report.Problems.Select(p => p.Message), Has.Some.Contains("decisionScan"));
    }

    [Test]
    public async Task Revocation_that_keeps_a_score_is_refused()
    {
        using var usync = USyncCopy.OfRepository();
        usync.Edit(TraXaDen, json => json["kind"] = "Revocation");
        using var factory = new OcopWebFactory(usync.Path);

        var report = await factory.ImportAsync();

        Assert.That(report.Problems.Select(p => p.Message), Has.Some.Contains("Revocation"));
    }

    private static async Task<Guid> AddRevocationAsync(OcopWebFactory factory, string productSlug)
    {
        var revocation = new Certificate
        {
            Id = Guid.NewGuid(),
            ProductId = await factory.ProductIdAsync(productSlug),
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
        await factory.SaveAsync(revocation);
        return revocation.Id;
    }
}
