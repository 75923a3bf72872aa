using System.Net;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Evaluation;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Tests.Evaluation;

/// <summary>From scores to certificates: spread flag, re-scoring with a reason, the chair's decision, the public page.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class EvaluationDecisionTests(DatabaseProvider provider)
{
    private static readonly byte[] Pdf = "%PDF-1.4\n% test scan, not a real decision\n"u8.ToArray();

    private EvaluationSite _site = null!;

    [OneTimeSetUp]
    public async Task StartSite()
    {
        _site = new EvaluationSite(provider);
        await _site.StartAsync();
    }

    [OneTimeTearDown]
    public void StopSite() => _site.Dispose();

    [Test]
    public async Task A_spread_is_rescored_with_a_reason_and_the_decision_becomes_a_certificate_on_the_public_page()
    {
        var (producer, product) = await _site.SeedProducerAsync("Nước Mắm Quyết Định", "xã Thử Biển");
        await using var rep = await _site.ProducerAsync(producer.Id);
        await using var commune = await _site.CommuneOfficerAsync("xã Thử Biển");
        await using var advisory = await _site.SeatedAsync(EvaluationRole.AdvisoryGroup);
        await using var secretary = await _site.SeatedAsync(EvaluationRole.Secretary);
        await using var chair = await _site.SeatedAsync(EvaluationRole.Chair);
        var members = new List<BackOfficeSession>();
        for (var i = 0; i < 3; i++)
        {
            members.Add(await _site.SeatedAsync(EvaluationRole.CouncilMember));
        }

        using var visitor = _site.Factory.CreateClient();
        var before = await HtmlPage.GetAsync(visitor, "/san-pham/" + product.Slug);
        var id = await _site.ScreenedAsync(rep, product.Id, commune, advisory);
        await EvaluationSite.ExpectRedirectAsync(EvaluationSite.PostAsync(secretary, id, "OpenScoring"));
        using var earlyClose = await EvaluationSite.PostAsync(secretary, id, "CloseScoring");
        foreach (var (member, total) in members.Zip(new[] { 80m, 75m, 60m }))
        {
            await EvaluationSite.ExpectRedirectAsync(EvaluationSite.PostAsync(member, id, "Score", EvaluationSite.PointsFields(total)));
        }

        await EvaluationSite.ExpectRedirectAsync(EvaluationSite.PostAsync(secretary, id, "CloseScoring"));
        var flagged = await _site.RegistrationAsync(id);
        await EvaluationSite.ExpectRedirectAsync(EvaluationSite.PostAsync(chair, id, "OpenRescoring"));
        using var withoutReason = await EvaluationSite.PostAsync(members[2], id, "Score", EvaluationSite.PointsFields(72m));
        await EvaluationSite.ExpectRedirectAsync(EvaluationSite.PostAsync(members[2], id, "Score", EvaluationSite.PointsFields(72m, "Xem lại minh chứng phần C sau thảo luận (thử)")));
        await EvaluationSite.ExpectRedirectAsync(EvaluationSite.PostAsync(secretary, id, "CloseScoring"));
        var scored = await _site.RegistrationAsync(id);
        var producerBeforeDecision = await HtmlPage.GetAsync(rep.Client, EvaluationSite.DossierUrl(id));

        using var decision = new MultipartFormDataContent
        {
            { new StringContent("TEST-77/QĐ-UBND"), "Decision.Number" },
            { new StringContent(EvaluationSite.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), "Decision.Date" },
            { new ByteArrayContent(Pdf), "scan", "quyet-dinh.pdf" },
        };
        using var decided = await chair.PostMultipartAsync(_site.RoundUrl, decision, _site.RoundUrl + "?handler=Decide");
        var certificates = await _site.CertificatesAsync(product.Id);
        var after = await HtmlPage.GetAsync(visitor, "/san-pham/" + product.Slug);
        var producerAfter = await HtmlPage.GetAsync(rep.Client, EvaluationSite.DossierUrl(id));

        Assert.Multiple(async () =>
        {
            Assert.That(earlyClose.StatusCode, Is.EqualTo((HttpStatusCode)422), "nobody has scored yet");
            Assert.That(flagged.Step, Is.EqualTo(EvaluationStep.DiscussionFlagged));
            Assert.That(flagged.Spread, Is.EqualTo(20m));
            Assert.That(withoutReason.StatusCode, Is.EqualTo((HttpStatusCode)422), "a re-scoring needs its reason");
            Assert.That(scored.Step, Is.EqualTo(EvaluationStep.Scored));
            Assert.That(scored.Score, Is.EqualTo(75.67m), "(80 + 75 + 72) / 3, two decimals");
            Assert.That(scored.Stars, Is.EqualTo(StarRating.Four));
            Assert.That(producerBeforeDecision.Document.QuerySelector("#result"), Is.Null);
            Assert.That(decided.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(certificates, Has.Count.EqualTo(1));
            Assert.That(certificates[0].Kind, Is.EqualTo(EvaluationKind.NewRating));
            Assert.That(certificates[0].Score, Is.EqualTo(75.67m));
            Assert.That(certificates[0].DecisionNumber, Is.EqualTo("TEST-77/QĐ-UBND"));
            Assert.That(certificates[0].DecisionScan, Does.Match("^[0-9a-f]{32}\\.pdf$"));
            Assert.That(certificates[0].Level, Is.EqualTo(IssuingLevel.Province));
            Assert.That((await _site.RegistrationAsync(id)).Step, Is.EqualTo(EvaluationStep.Decided));
            Assert.That(before.Document.QuerySelector(".ocop-mark"), Is.Null, "no rating before the decision");
            Assert.That(after.Document.QuerySelector(".ocop-mark"), Is.Not.Null, "the new stars on the public page");
            Assert.That(producerAfter.Document.QuerySelector("#result")?.TextContent, Does.Contain("75.67"));
            Assert.That(producerAfter.Document.QuerySelector("#all-scores"), Is.Not.Null, "results and members' sheets once decided");
        });
    }

    [Test]
    public async Task The_chair_alone_records_the_decision()
    {
        await using var secretary = await _site.SeatedAsync(EvaluationRole.Secretary);

        using var decision = new MultipartFormDataContent
        {
            { new StringContent("TEST-78/QĐ-UBND"), "Decision.Number" },
            { new StringContent("2027-03-01"), "Decision.Date" },
        };
        using var response = await secretary.PostMultipartAsync(_site.RoundUrl, decision, _site.RoundUrl + "?handler=Decide");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Minutes_pdf_and_result_list_xlsx_are_served_to_the_secretary_and_not_to_a_member()
    {
        await using var secretary = await _site.SeatedAsync(EvaluationRole.Secretary);
        await using var member = await _site.SeatedAsync(EvaluationRole.CouncilMember);

        using var pdf = await secretary.Client.GetAsync(new Uri(_site.RoundUrl + "/bien-ban.pdf", UriKind.Relative));
        using var xlsx = await secretary.Client.GetAsync(new Uri(_site.RoundUrl + "/ket-qua.xlsx", UriKind.Relative));
        using var progress = await secretary.Client.GetAsync(new Uri(_site.RoundUrl + "/tien-do", UriKind.Relative));
        using var byMember = await member.Client.GetAsync(new Uri(_site.RoundUrl + "/bien-ban.pdf", UriKind.Relative));

        Assert.Multiple(async () =>
        {
            Assert.That(pdf.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await pdf.Content.ReadAsByteArrayAsync())[..5], Is.EqualTo("%PDF-"u8.ToArray()));
            Assert.That(xlsx.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await xlsx.Content.ReadAsByteArrayAsync())[..2], Is.EqualTo("PK"u8.ToArray()));
            Assert.That(progress.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(byMember.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task An_editor_opens_a_round_whose_dashboard_counts_products_per_step_and_overdue_ones()
    {
        await using var editor = await BackOfficeSession.SignInAsync(_site.Factory, OcopCatalogue.Web.Accounts.StaffRoles.Editor);
        await using var writer = await BackOfficeSession.SignInAsync(_site.Factory, OcopCatalogue.Web.Accounts.StaffRoles.Writer);
        var fields = new Dictionary<string, string>
        {
            ["Input.Year"] = "2027",
            ["Input.Name"] = "Đợt thử có hạn",
            ["Input.SubmissionDeadline"] = EvaluationSite.Today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        using var byWriter = await writer.PostFormAsync("/backoffice/danh-gia", fields);
        using var opened = await editor.PostFormAsync("/backoffice/danh-gia", fields);
        Assert.That(opened.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await opened.Content.ReadAsStringAsync());
        var roundUrl = opened.Headers.Location!.OriginalString;
        var (producer, product) = await _site.SeedProducerAsync("Đậu Quá Hạn", "xã Thử Hạn");
        await using var rep = await _site.ProducerAsync(producer.Id);
        using var registered = await rep.PostFormAsync(roundUrl, new Dictionary<string, string>
        {
            ["Register.ProductId"] = product.Id.ToString(),
            ["Register.Kind"] = "New",
            ["Register.SheetCode"] = EvaluationSite.SheetCode,
        }, roundUrl + "?handler=Register");
        using var badYear = await editor.PostFormAsync("/backoffice/danh-gia", new Dictionary<string, string> { ["Input.Year"] = "năm", ["Input.Name"] = "" });

        var dashboard = await HtmlPage.GetAsync(editor.Client, roundUrl);
        var row = dashboard.Document.QuerySelector("#dashboard tr[data-step='Registered']")!;
        Assert.Multiple(() =>
        {
            Assert.That(byWriter.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "writers do not open rounds");
            Assert.That(opened.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(registered.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(badYear.StatusCode, Is.EqualTo(HttpStatusCode.OK), "bad input is shown again, never a 500");
            Assert.That(row.QuerySelector("[data-count]")!.TextContent, Is.EqualTo("1"));
            Assert.That(row.QuerySelector("[data-overdue]")!.TextContent, Is.EqualTo("1"), "past the submission deadline");
        });
    }
}
