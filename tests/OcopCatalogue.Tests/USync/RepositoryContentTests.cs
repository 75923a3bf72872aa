using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.SalesPoints;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.USync;

/// <summary>The committed uSync/ folder: it imports cleanly and holds the facts the issue lists, nothing guessed.</summary>
[NonParallelizable]
public sealed class RepositoryContentTests
{
    private static readonly DateOnly AnyDay = new(2026, 11, 22);
    private OcopWebFactory _factory = null!;

    [OneTimeSetUp]
    public void StartHost() => _factory = new OcopWebFactory(RepositoryPaths.USync);

    [OneTimeTearDown]
    public void StopHost() => _factory.Dispose();

    [Test]
    public async Task Repository_uSync_imports_without_failures()
    {
        var report = await _factory.ImportAsync();

        Assert.Multiple(() =>
        {
            Assert.That(report.Problems, Is.Empty);
            Assert.That(report.Unchanged, Is.EqualTo(USyncCopy.JsonFiles(RepositoryPaths.USync)), "every file was imported at start");
        });
    }

    [TestCase("Bắp non đóng hộp", "85.2", CertificateStatus.DateNotPublished, StarRating.Four)]
    [TestCase("Thốt nốt đóng lon", "84.5", CertificateStatus.Proposed, null)]
    [TestCase("Siro Atiso đỏ", "50.7", CertificateStatus.DateNotPublished, StarRating.Three)]
    [TestCase("Trà Hoa đậu biếc", "52.4", CertificateStatus.DateNotPublished, StarRating.Three)]
    [TestCase("Tranh lá bồ đề gân nghệ thuật", "59.0", CertificateStatus.DateNotPublished, StarRating.Three)]
    [TestCase("Tranh lá bồ đề khô nghệ thuật", "57.0", CertificateStatus.DateNotPublished, StarRating.Three)]
    [TestCase("Trà Xạ đen", "63.4", CertificateStatus.DateNotPublished, StarRating.Three)]
    [TestCase("Trà túi lọc xạ đen", "64.6", CertificateStatus.DateNotPublished, StarRating.Three)]
    [TestCase("Sa tế Thái Hòa", "54.54", CertificateStatus.DateNotPublished, StarRating.Three)]
    [TestCase("Nước cốt dâu tằm tươi", "65.30", CertificateStatus.DateNotPublished, StarRating.Three)]
    [TestCase("Rượu dâu tằm", "62.80", CertificateStatus.DateNotPublished, StarRating.Three)]
    [TestCase("Mứt dâu tằm", "63.40", CertificateStatus.DateNotPublished, StarRating.Three)]
    public async Task Long_Xuyen_product_has_its_published_score_and_no_invented_decision(string name, string score, CertificateStatus status, StarRating? stars)
    {
        var product = await ProductAsync(name);
        var certificate = product.Certificates.Single();

        Assert.Multiple(() =>
        {
            Assert.That(certificate.Score, Is.EqualTo(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(certificate.DecisionNumber, Is.Null);
            Assert.That(certificate.DecisionDate, Is.Null);
            Assert.That(OcopStanding.On(product.Certificates, AnyDay).Status, Is.EqualTo(status));
            Assert.That(OcopStanding.On(product.Certificates, AnyDay).Stars, Is.EqualTo(stars));
            Assert.That(product.Producer!.Address.District, Is.EqualTo("Thành phố Long Xuyên"));
            Assert.That(product.Producer.Address.Province, Is.EqualTo("An Giang"));
            Assert.That(product.Source, Does.Contain("Long Xuyên").And.Contain("2023"));
        });
    }

    [Test]
    public async Task Cordyceps_Minh_Khoi_is_an_expired_OCOP_product_without_score_or_dates()
    {
        var product = await ProductAsync("Nấm Đông trùng Hạ thảo Cordyceps Minh Khôi");
        var certificate = product.Certificates.Single();

        Assert.Multiple(() =>
        {
            Assert.That(product.Producer!.Name, Is.EqualTo("Hộ kinh doanh Minh Đức"));
            Assert.That(certificate.PublishedAsExpired, Is.True);
            Assert.That(certificate.Score, Is.Null);
            Assert.That(certificate.Stars, Is.Null);
            Assert.That(certificate.DecisionDate, Is.Null);
            Assert.That(certificate.StatusOn(AnyDay), Is.EqualTo(CertificateStatus.Expired));
            Assert.That(product.Source, Does.Contain("1411/KH-UBND"));
        });
    }

    [TestCase("Giò chả truyền thống Hoàng Duy", "Phường Long Khánh", "Đồng Nai")]
    [TestCase("Bưởi da xanh", "Huyện Long Mỹ", "Hậu Giang")]
    [TestCase("Mãng cầu xiêm", "Huyện Long Mỹ", "Hậu Giang")]
    public async Task Unrated_product_has_no_certificate_and_no_producer(string name, string locality, string province)
    {
        var product = await ProductAsync(name);

        Assert.Multiple(() =>
        {
            Assert.That(product.Certificates, Is.Empty);
            Assert.That(product.ProducerId, Is.Null);
            Assert.That(product.OriginLocality, Is.EqualTo(locality));
            Assert.That(product.OriginProvince, Is.EqualTo(province));
        });
    }

    [Test]
    public async Task Showroom_in_My_Long_is_run_by_Phan_Nam_and_lists_no_guessed_products()
    {
        var showroom = await _factory.WithDbAsync(db => db.SalesPoints.Include(s => s.Products).SingleAsync());

        Assert.Multiple(() =>
        {
            Assert.That(showroom.Kind, Is.EqualTo(SalesPointKind.Showroom));
            Assert.That(showroom.Operator, Is.EqualTo("Công ty TNHH MTV TMDV Phan Nam"));
            Assert.That(showroom.Address.CommuneOrWard, Is.EqualTo("Phường Mỹ Long"));
            Assert.That(showroom.Address.Street, Is.Null);
            Assert.That(showroom.Location, Is.Null);
            Assert.That(showroom.Products, Is.Empty);
        });
    }

    [Test]
    public async Task Every_product_story_is_marked_as_sample_text()
    {
        Assert.That(await _factory.WithDbAsync(db => db.Products.Where(p => p.StoryHtml != null && !p.StoryIsSample).Select(p => p.Slug).ToListAsync()), Is.Empty);
    }

    [TestCase("gioi-thieu-ocop")]
    [TestCase("lien-he")]
    public async Task Page_exists(string slug)
    {
        Assert.That(await _factory.WithDbAsync(db => db.Pages.CountAsync(p => p.Slug == slug && p.BodyHtml != "")), Is.EqualTo(1));
    }

    private Task<OcopCatalogue.Core.Catalogue.Product> ProductAsync(string name) =>
        _factory.WithDbAsync(db => db.Products.AsNoTracking()
            .Include(p => p.Producer)
            .Include(p => p.Certificates)
            .SingleAsync(p => p.Name == name));
}
