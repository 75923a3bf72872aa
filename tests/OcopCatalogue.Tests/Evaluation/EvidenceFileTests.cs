using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Evaluation;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Evaluation;

namespace OcopCatalogue.Tests.Evaluation;

/// <summary>Evidence files: judged by content and size, kept out of the web root, shown only to the process's people.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class EvidenceFileTests(DatabaseProvider provider)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    private EvaluationSite _site = null!;

    [OneTimeSetUp]
    public async Task StartSite()
    {
        _site = new EvaluationSite(provider, new Dictionary<string, string?> { ["Ocop:Evaluation:EvidenceMaxBytes"] = "4096" });
        await _site.StartAsync();
    }

    [OneTimeTearDown]
    public void StopSite() => _site.Dispose();

    private static async Task<HttpResponseMessage> UploadAsync(BackOfficeSession session, Guid id, byte[] bytes, string fileName, string contentType, string target = "A1.1")
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        content.Add(file, "file", fileName);
        content.Add(new StringContent(target), "target");
        return await session.PostMultipartAsync(EvaluationSite.DossierUrl(id), content, EvaluationSite.DossierUrl(id) + "?handler=Upload");
    }

    private Task<List<EvidenceFile>> EvidenceAsync(Guid id) =>
        _site.Factory.WithDbAsync(db => db.Set<EvidenceFile>().AsNoTracking().Where(e => e.RegistrationId == id).ToListAsync());

    [Test]
    public async Task A_script_named_pdf_and_a_file_over_the_limit_are_refused()
    {
        var (producer, product) = await _site.SeedProducerAsync("Chè Giả", "xã Thử Chè");
        await using var rep = await _site.ProducerAsync(producer.Id);
        var id = await _site.RegisterAsync(rep, product.Id);

        using var disguised = await UploadAsync(rep, id, "<script>alert(1)</script>"u8.ToArray(), "ho-so.pdf", "application/pdf");
        using var large = await UploadAsync(rep, id, [.. Png, .. new byte[5000]], "anh.png", "image/png");
        using var unknownTarget = await UploadAsync(rep, id, Png, "anh.png", "image/png", target: "../../etc");

        Assert.Multiple(async () =>
        {
            Assert.That(disguised.StatusCode, Is.EqualTo((HttpStatusCode)422));
            Assert.That(large.StatusCode, Is.EqualTo((HttpStatusCode)422));
            Assert.That(unknownTarget.StatusCode, Is.EqualTo((HttpStatusCode)422));
            Assert.That(await EvidenceAsync(id), Is.Empty);
        });
    }

    [Test]
    public async Task An_accepted_file_is_stored_out_of_the_web_root_and_served_only_to_people_of_the_process()
    {
        var (producer, product) = await _site.SeedProducerAsync("Gạo Bằng Chứng", "xã Thử Gạo");
        var (other, _) = await _site.SeedProducerAsync("Gạo Khác", "xã Thử Khác");
        await using var rep = await _site.ProducerAsync(producer.Id);
        await using var otherRep = await _site.ProducerAsync(other.Id);
        await using var otherCommune = await _site.CommuneOfficerAsync("xã Thử Khác");
        await using var member = await _site.SeatedAsync(EvaluationRole.CouncilMember);
        var id = await _site.RegisterAsync(rep, product.Id);

        using var upload = await UploadAsync(rep, id, Png, "../../bang-chung.png", "image/png");
        var stored = (await EvidenceAsync(id)).Single();
        var url = new Uri($"/backoffice/danh-gia/bang-chung/{stored.Id}", UriKind.Relative);
        using var byOwner = await rep.Client.GetAsync(url);
        using var byMember = await member.Client.GetAsync(url);
        using var byOther = await otherRep.Client.GetAsync(url);
        using var byOtherCommune = await otherCommune.Client.GetAsync(url);
        using var anonymous = await _site.Factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(url);

        Assert.Multiple(async () =>
        {
            Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(stored.OriginalName, Is.EqualTo("bang-chung.png"), "no path from the uploader's name");
            Assert.That(stored.StoredName, Does.Match("^[0-9a-f]{32}\\.png$"));
            Assert.That(File.Exists(Path.Combine(_site.Factory.DataDirectory, EvidenceStore.FolderName, stored.StoredName)), Is.True);
            Assert.That(byOwner.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await byOwner.Content.ReadAsByteArrayAsync(), Is.EqualTo(Png));
            Assert.That(byOwner.Headers.CacheControl?.NoStore, Is.True);
            Assert.That(byMember.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(byOther.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(byOtherCommune.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Redirect).Or.EqualTo(HttpStatusCode.Unauthorized));
        });
    }

    [Test]
    public async Task Evidence_of_a_submitted_version_stays_with_it_and_a_submitted_dossier_takes_no_upload()
    {
        var (producer, product) = await _site.SeedProducerAsync("Mật Phiên Bản", "xã Thử Mật");
        await using var rep = await _site.ProducerAsync(producer.Id);
        var id = await _site.RegisterAsync(rep, product.Id);
        await EvaluationSite.ExpectRedirectAsync(UploadAsync(rep, id, Png, "a.png", "image/png"));
        await EvaluationSite.ExpectRedirectAsync(EvaluationSite.PostAsync(rep, id, "SelfAssess", EvaluationSite.PointsFields(60)));
        await EvaluationSite.ExpectRedirectAsync(EvaluationSite.PostAsync(rep, id, "Submit"));

        using var late = await UploadAsync(rep, id, Png, "b.png", "image/png");

        Assert.Multiple(async () =>
        {
            Assert.That(late.StatusCode, Is.EqualTo((HttpStatusCode)422));
            Assert.That((await EvidenceAsync(id)).Select(e => e.Version), Is.EqualTo(new int?[] { 1 }));
        });
    }
}
