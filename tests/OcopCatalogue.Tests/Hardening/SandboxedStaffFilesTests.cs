using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice.Certificates;
using OcopCatalogue.Web.BackOffice.Traceability;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Tests.Hardening;

/// <summary>
/// Files people sent (a fake report's photo, a decision scan) are served to staff inside a sandbox policy; the
/// site-wide policy is added when the response starts and must leave an endpoint's own policy alone.
/// </summary>
public sealed class SandboxedStaffFilesTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly byte[] PngHead = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

    private OcopWebFactory _factory = null!;

    [OneTimeSetUp]
    public void StartSite() => _factory = new OcopWebFactory(clock: FakeClock.OnVietnamDay(Today));

    [OneTimeTearDown]
    public void StopSite() => _factory.Dispose();

    private static string Policy(HttpResponseMessage response) => string.Join(", ", response.Headers.GetValues("Content-Security-Policy"));

    [Test]
    public async Task A_fake_reports_photo_keeps_its_sandbox_policy()
    {
        var batch = await _factory.BatchAsync("XD2025-07");
        var photos = Path.Combine(_factory.DataDirectory, FakeReportInbox.PhotoFolder);
        Directory.CreateDirectory(photos);
        var photo = Guid.NewGuid().ToString("N") + ".png";
        await File.WriteAllBytesAsync(Path.Combine(photos, photo), PngHead);
        await _factory.SaveAsync(new FakeReport
        {
            ProductId = batch.ProductId,
            BatchId = batch.Id,
            ReportedAt = DateTimeOffset.UtcNow,
            WhatIsWrong = "Tem mờ (thử nghiệm)",
            WhereBought = "Chợ thử nghiệm",
            PhotoFileName = photo,
            NetworkKey = "test",
        });

        await using var session = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        using var response = await session.Client.GetAsync(new Uri(FakeReportListModel.PhotoUrl(photo), UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Headers.GetValues("Content-Security-Policy").Count(), Is.EqualTo(1));
            Assert.That(Policy(response), Does.Contain("sandbox").And.Contain("default-src 'none'"));
            Assert.That(Policy(response), Does.Not.Contain("script-src 'self'"));
        });
    }

    [Test]
    public async Task A_decision_scan_image_keeps_its_sandbox_policy()
    {
        var producer = ContentSeed.Producer("Công ty Thử nghiệm Bản quét Ảnh");
        var product = ContentSeed.Product("Gạo thử bản quét ảnh", producer, OcopGroup.Food, ContentSeed.Rated(75m, Today.AddYears(-1), "TEST-1/QĐ-UBND"));
        await _factory.SaveAsync(producer, product);
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in new Dictionary<string, string>
        {
            ["Form.Kind"] = "Revocation",
            ["Form.Score"] = "",
            ["Form.Level"] = "Province",
            ["Form.DecisionNumber"] = "TEST-98/QĐ-UBND",
            ["Form.DecisionDate"] = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Note"] = "Thu hồi thử nghiệm",
        })
        {
            content.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(PngHead);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        content.Add(file, "Form.Scan", "quyet-dinh.png");
        using var recorded = await editor.PostMultipartAsync($"/backoffice/chung-nhan/san-pham/{product.Id}", content);
        var certificateId = await _factory.WithDbAsync(db => db.Certificates.AsNoTracking()
            .Where(c => c.ProductId == product.Id && c.DecisionScan != null).Select(c => c.Id).SingleAsync());

        using var response = await editor.Client.GetAsync(new Uri($"/backoffice/chung-nhan/ban-quyet-dinh/{certificateId}", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(recorded.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(DecisionScanStore.ContentTypeOf("x.png")));
            Assert.That(response.Headers.GetValues("Content-Security-Policy").Count(), Is.EqualTo(1));
            Assert.That(Policy(response), Does.Contain("sandbox").And.Contain("default-src 'none'"));
            Assert.That(Policy(response), Does.Not.Contain("script-src 'self'"));
        });
    }

    [Test]
    public async Task Pages_without_a_policy_of_their_own_still_get_the_site_wide_one()
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.That(Policy(response), Does.Contain("script-src 'self'").And.Contain("frame-ancestors 'none'"));
    }
}
