using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Evaluation;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.Evaluation;

namespace OcopCatalogue.Tests.Evaluation;

/// <summary>
/// The central step: products of 90 or more are proposed by the province's decision, and the chair (or an editor)
/// records the central level's result: five stars become a certificate, a refusal none.
/// </summary>
public sealed class CentralProposalTests
{
    private static readonly byte[] Pdf = "%PDF-1.4\n% test scan, not a real decision\n"u8.ToArray();
    private const string Commune = "xã Thử Trung Ương";

    private EvaluationSite _site = null!;
    private BackOfficeSession _chair = null!;
    private BackOfficeSession _secretary = null!;
    private (Guid Registration, Guid Product, string Slug) _granted;
    private (Guid Registration, Guid Product, string Slug) _refused;
    private (Guid Registration, Guid Product, string Slug) _fourStars;
    private Guid _unscored;

    [OneTimeSetUp]
    public async Task DecideARoundWithTwoProposals()
    {
        _site = new EvaluationSite();
        await _site.StartAsync();
        await using var commune = await _site.CommuneOfficerAsync(Commune);
        await using var advisory = await _site.SeatedAsync(EvaluationRole.AdvisoryGroup);
        _secretary = await _site.SeatedAsync(EvaluationRole.Secretary);
        _chair = await _site.SeatedAsync(EvaluationRole.Chair);
        await using var member = await _site.SeatedAsync(EvaluationRole.CouncilMember);
        _granted = await ScoredAsync("Trà Năm Sao", 93m, commune, advisory, member);
        _refused = await ScoredAsync("Mật Ong Đề Xuất", 91m, commune, advisory, member);
        _fourStars = await ScoredAsync("Bánh Bốn Sao", 75m, commune, advisory, member);
        var (producer, product) = await _site.SeedProducerAsync("Gạo Chưa Chấm", Commune);
        await using var rep = await _site.ProducerAsync(producer.Id);
        _unscored = await _site.ScreenedAsync(rep, product.Id, commune, advisory);

        using var decision = new MultipartFormDataContent
        {
            { new StringContent("TEST-90/QĐ-UBND"), "Decision.Number" },
            { new StringContent(Day(EvaluationSite.Today)), "Decision.Date" },
        };
        using var decided = await _chair.PostMultipartAsync(_site.RoundUrl, decision, _site.RoundUrl + "?handler=Decide");
        Assert.That(decided.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the province's decision");
    }

    [OneTimeTearDown]
    public async Task StopSite()
    {
        await _chair.DisposeAsync();
        await _secretary.DisposeAsync();
        _site.Dispose();
    }

    [Test]
    public async Task The_province_records_a_product_of_ninety_or_more_as_proposed_to_the_central_level()
    {
        var registration = await _site.RegistrationAsync(_granted.Registration);
        var history = await _site.CertificatesAsync(_granted.Product);

        Assert.Multiple(() =>
        {
            Assert.That(registration.Step, Is.EqualTo(EvaluationStep.Decided));
            Assert.That(registration.ProposeToCentral, Is.True);
            Assert.That(history[0].IsProposed, Is.True, "the province proposes; five stars are the central level's to give");
            Assert.That(history[0].Score, Is.EqualTo(93m));
            Assert.That(history[0].DecisionNumber, Is.EqualTo("TEST-90/QĐ-UBND"));
            Assert.That(OcopStanding.On(history.Take(1), EvaluationSite.Today).Stars, Is.Null, "a proposal gives no stars yet");
        });
    }

    [Test]
    public async Task No_central_result_before_the_province_has_decided_the_product()
    {
        using var response = await PostCentralAsync(_chair, _unscored, granted: true, score: "95");
        var page = await HtmlPage.ParseAsync(response);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)422));
            Assert.That(page.Document.QuerySelector("#problems")?.TextContent, Does.Contain("tỉnh chưa có quyết định"));
            Assert.That(await CentralRowsAsync(_unscored), Is.Zero);
        });
    }

    [Test]
    public async Task Only_a_product_the_province_proposed_gets_a_central_result()
    {
        using var response = await PostCentralAsync(_chair, _fourStars.Registration, granted: true, score: "95");

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)422));
            Assert.That(await CentralRowsAsync(_fourStars.Registration), Is.Zero);
            Assert.That((await _site.CertificatesAsync(_fourStars.Product)).Select(c => c.Stars), Is.EqualTo(new StarRating?[] { StarRating.Four }));
        });
    }

    [Test]
    public async Task Only_the_chair_or_an_editor_records_the_central_result()
    {
        using var bySecretary = await PostCentralAsync(_secretary, _refused.Registration, granted: false, score: "");
        await using var writer = await BackOfficeSession.SignInAsync(_site.Factory, StaffRoles.Writer);
        using var byWriter = await PostCentralAsync(writer, _refused.Registration, granted: false, score: "", tokenPage: "/backoffice/danh-gia");

        Assert.Multiple(() =>
        {
            Assert.That(bySecretary.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(byWriter.StatusCode, Is.AnyOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden), "a writer is not in the process");
        });
    }

    [Test]
    public async Task Central_five_stars_become_a_five_star_certificate_shown_on_the_public_page()
    {
        using var visitor = _site.Factory.CreateClient();
        using var low = await PostCentralAsync(_chair, _granted.Registration, granted: true, score: "85,5");
        var lowPage = await HtmlPage.ParseAsync(low);
        using var withoutToken = await _chair.PostWithoutTokenAsync(EvaluationSite.DossierUrl(_granted.Registration) + "?handler=Central",
            new Dictionary<string, string> { ["CentralForm.Number"] = "TEST-1/QĐ-TW" });
        using var granted = await PostCentralAsync(_chair, _granted.Registration, granted: true, score: "93.5", scan: true);
        using var again = await PostCentralAsync(_chair, _granted.Registration, granted: true, score: "94");
        var history = await _site.CertificatesAsync(_granted.Product);
        var page = await HtmlPage.GetAsync(visitor, "/san-pham/" + _granted.Slug);
        var audit = await _site.Factory.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.Action == CentralDecisionRecorder.AuditAction && a.ItemId == _granted.Registration).ToListAsync());
        var dossier = await HtmlPage.GetAsync(_chair.Client, EvaluationSite.DossierUrl(_granted.Registration));

        Assert.Multiple(() =>
        {
            Assert.That(low.StatusCode, Is.EqualTo((HttpStatusCode)422), "five stars need 90 or more");
            Assert.That(lowPage.Document.QuerySelector("input[name='CentralForm.Score']")?.GetAttribute("value"), Is.EqualTo("85,5"), "what was typed comes back");
            Assert.That(lowPage.Document.QuerySelector("input[name='CentralForm.IssuingBody']")?.GetAttribute("value"), Is.EqualTo(IssuingBody));
            Assert.That(withoutToken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "antiforgery");
            Assert.That(granted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(again.StatusCode, Is.EqualTo((HttpStatusCode)422), "recorded once");
            Assert.That(history, Has.Count.EqualTo(2), "the province's proposal stays; the central decision is appended");
            Assert.That(history[0].IsProposed, Is.True);
            Assert.That(history[1].IsProposed, Is.False);
            Assert.That(history[1].Stars, Is.EqualTo(StarRating.Five));
            Assert.That(history[1].Score, Is.EqualTo(93.5m));
            Assert.That(history[1].Level, Is.EqualTo(IssuingLevel.Central));
            Assert.That(history[1].Kind, Is.EqualTo(EvaluationKind.NewRating));
            Assert.That(history[1].DecisionNumber, Is.EqualTo("TEST-5/QĐ-TW"));
            Assert.That(history[1].DecisionScan, Does.Match("^[0-9a-f]{32}\\.pdf$"));
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Document.QuerySelector(".stars-5"), Is.Not.Null, "five stars on the public page after the publish");
            Assert.That(audit, Has.Count.EqualTo(1));
            Assert.That(dossier.Document.QuerySelector("#central-result")?.GetAttribute("data-granted"), Is.EqualTo("true"));
            Assert.That(dossier.Document.QuerySelector("#central-form"), Is.Null, "nothing more to record");
        });
    }

    [Test]
    public async Task A_central_refusal_records_the_decision_and_no_five_star_certificate()
    {
        using var refused = await PostCentralAsync(_chair, _refused.Registration, granted: false, score: "");
        var history = await _site.CertificatesAsync(_refused.Product);
        var row = await _site.Factory.WithDbAsync(db => db.Set<CentralDecision>().AsNoTracking().SingleOrDefaultAsync(d => d.RegistrationId == _refused.Registration));

        Assert.Multiple(() =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(row?.Granted, Is.False);
            Assert.That(row?.CertificateId, Is.Null);
            Assert.That(history, Has.Count.EqualTo(1), "only the province's proposal");
            Assert.That(history.Where(c => !c.IsProposed && c.Stars == StarRating.Five), Is.Empty);
        });
    }

    [Test]
    public async Task The_dashboard_and_the_progress_page_count_proposed_and_centrally_decided_products()
    {
        var round = await HtmlPage.GetAsync(_chair.Client, _site.RoundUrl);
        var progress = await HtmlPage.GetAsync(_secretary.Client, _site.RoundUrl + "/tien-do");

        Assert.Multiple(() =>
        {
            foreach (var page in new[] { round, progress })
            {
                var proposed = Count(page, "[data-proposed]");
                var decided = Count(page, "[data-central-decided]");
                Assert.That(proposed + decided, Is.EqualTo(2), "two products of 90 or more, each waiting or decided");
            }
        });
    }

    private const string IssuingBody = "Cơ quan cấp trung ương (tên thử, không phải tên thật)";

    private static int Count(HtmlPage page, string selector) =>
        int.Parse(new string(page.Document.QuerySelector("#central-counts " + selector)!.TextContent.Where(char.IsAsciiDigit).ToArray()), CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<int> CentralRowsAsync(Guid registration) =>
        _site.Factory.WithDbAsync(db => db.Set<CentralDecision>().CountAsync(d => d.RegistrationId == registration));

    private static async Task<HttpResponseMessage> PostCentralAsync(
        BackOfficeSession session, Guid registration, bool granted, string score, bool scan = false, string? tokenPage = null)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent("TEST-5/QĐ-TW"), "CentralForm.Number" },
            { new StringContent(Day(EvaluationSite.Today)), "CentralForm.Date" },
            { new StringContent(IssuingBody), "CentralForm.IssuingBody" },
            { new StringContent(granted ? "true" : "false"), "CentralForm.Granted" },
            { new StringContent(score), "CentralForm.Score" },
        };
        if (scan)
        {
            content.Add(new ByteArrayContent(Pdf), "scan", "quyet-dinh-trung-uong.pdf");
        }

        using (content)
        {
            var url = EvaluationSite.DossierUrl(registration);
            return await session.PostMultipartAsync(tokenPage ?? url, content, url + "?handler=Central");
        }
    }

    private async Task<(Guid Registration, Guid Product, string Slug)> ScoredAsync(
        string name, decimal total, BackOfficeSession commune, BackOfficeSession advisory, BackOfficeSession member)
    {
        var (producer, product) = await _site.SeedProducerAsync(name, Commune);
        await using var rep = await _site.ProducerAsync(producer.Id);
        var id = await _site.ScreenedAsync(rep, product.Id, commune, advisory);
        await EvaluationSite.ExpectRedirectAsync(EvaluationSite.PostAsync(_secretary, id, "OpenScoring"));
        await EvaluationSite.ExpectRedirectAsync(EvaluationSite.PostAsync(member, id, "Score", EvaluationSite.PointsFields(total)));
        await EvaluationSite.ExpectRedirectAsync(EvaluationSite.PostAsync(_secretary, id, "CloseScoring"));
        return (id, product.Id, product.Slug);
    }
}
