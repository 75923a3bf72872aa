using System.Net;
using OcopCatalogue.Core.Evaluation;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Tests.Evaluation;

/// <summary>Who may see and do what in a round: producers, commune officers, council members (issue 18).</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class EvaluationPermissionTests(DatabaseProvider provider)
{
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
    public async Task Producer_cannot_open_another_producers_dossier()
    {
        var (mine, _) = await _site.SeedProducerAsync("Ổi Một", "xã Thử Một");
        var (theirs, theirProduct) = await _site.SeedProducerAsync("Ổi Hai", "xã Thử Hai");
        await using var me = await _site.ProducerAsync(mine.Id);
        await using var them = await _site.ProducerAsync(theirs.Id);
        var id = await _site.RegisterAsync(them, theirProduct.Id);

        using var own = await them.Client.GetAsync(new Uri(EvaluationSite.DossierUrl(id), UriKind.Relative));
        using var other = await me.Client.GetAsync(new Uri(EvaluationSite.DossierUrl(id), UriKind.Relative));
        var round = await HtmlPage.GetAsync(me.Client, _site.RoundUrl);

        Assert.Multiple(() =>
        {
            Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(round.Html, Does.Not.Contain(theirProduct.Name), "the round's list shows only one's own products");
        });
    }

    [Test]
    public async Task Producer_cannot_register_another_producers_product()
    {
        var (mine, _) = await _site.SeedProducerAsync("Mít Một", "xã Thử Một");
        var (_, theirProduct) = await _site.SeedProducerAsync("Mít Hai", "xã Thử Hai");
        await using var me = await _site.ProducerAsync(mine.Id);

        using var response = await me.PostFormAsync(_site.RoundUrl, new Dictionary<string, string>
        {
            ["Register.ProductId"] = theirProduct.Id.ToString(),
            ["Register.Kind"] = "New",
            ["Register.SheetCode"] = EvaluationSite.SheetCode,
        }, _site.RoundUrl + "?handler=Register");

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)422));
    }

    [Test]
    public async Task Commune_officer_sees_and_screens_only_their_communes()
    {
        var (near, nearProduct) = await _site.SeedProducerAsync("Cam Gần", "xã Thử Gần");
        var (far, farProduct) = await _site.SeedProducerAsync("Cam Xa", "xã Thử Xa");
        await using var nearProducer = await _site.ProducerAsync(near.Id);
        await using var farProducer = await _site.ProducerAsync(far.Id);
        var nearId = await _site.RegisterAsync(nearProducer, nearProduct.Id);
        var farId = await _site.RegisterAsync(farProducer, farProduct.Id);
        foreach (var (producer, id) in new[] { (nearProducer, nearId), (farProducer, farId) })
        {
            await EvaluationSite.ExpectRedirectAsync(EvaluationSite.PostAsync(producer, id, "SelfAssess", EvaluationSite.PointsFields(70)));
            await EvaluationSite.ExpectRedirectAsync(EvaluationSite.PostAsync(producer, id, "Submit"));
        }

        await using var officer = await _site.CommuneOfficerAsync("Xã  Thử Gần");

        using var farPage = await officer.Client.GetAsync(new Uri(EvaluationSite.DossierUrl(farId), UriKind.Relative));
        var nearPage = await HtmlPage.GetAsync(officer.Client, EvaluationSite.DossierUrl(nearId));
        // The far dossier has no form for this officer, so the post carries a token from the near page.
        var token = await BackOfficeSession.TokenAsync(officer.Client, EvaluationSite.DossierUrl(nearId));
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["reason"] = "Thiếu giấy tờ (thử)", ["__RequestVerificationToken"] = token });
        using var farReturn = await officer.Client.PostAsync(new Uri(EvaluationSite.DossierUrl(farId) + "?handler=Return", UriKind.Relative), content);
        await EvaluationSite.ExpectRedirectAsync(EvaluationSite.PostAsync(officer, nearId, "Return", new Dictionary<string, string> { ["reason"] = "Thiếu giấy tờ (thử)" }));

        Assert.Multiple(async () =>
        {
            Assert.That(farPage.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(nearPage.Document.QuerySelector("#return-form"), Is.Not.Null);
            Assert.That(farReturn.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await _site.RegistrationAsync(farId)).Step, Is.EqualTo(EvaluationStep.DossierSubmitted));
            Assert.That((await _site.RegistrationAsync(nearId)).Step, Is.EqualTo(EvaluationStep.ReturnedByCommune));
        });
    }

    [Test]
    public async Task Member_sees_no_other_members_score_until_submitting_and_the_producer_none_before_the_decision()
    {
        var (producer, product) = await _site.SeedProducerAsync("Bưởi Chấm", "xã Thử Chấm");
        await using var rep = await _site.ProducerAsync(producer.Id);
        await using var commune = await _site.CommuneOfficerAsync("xã Thử Chấm");
        await using var advisory = await _site.SeatedAsync(EvaluationRole.AdvisoryGroup);
        await using var secretary = await _site.SeatedAsync(EvaluationRole.Secretary);
        await using var first = await _site.SeatedAsync(EvaluationRole.CouncilMember);
        await using var second = await _site.SeatedAsync(EvaluationRole.CouncilMember);
        var id = await _site.ScreenedAsync(rep, product.Id, commune, advisory);
        await EvaluationSite.ExpectRedirectAsync(EvaluationSite.PostAsync(secretary, id, "OpenScoring"));

        await EvaluationSite.ExpectRedirectAsync(EvaluationSite.PostAsync(first, id, "Score", EvaluationSite.PointsFields(81.5m)));
        var secondBefore = await HtmlPage.GetAsync(second.Client, EvaluationSite.DossierUrl(id));
        var firstAfter = await HtmlPage.GetAsync(first.Client, EvaluationSite.DossierUrl(id));
        var secretaryWhileOpen = await HtmlPage.GetAsync(secretary.Client, EvaluationSite.DossierUrl(id));
        await EvaluationSite.ExpectRedirectAsync(EvaluationSite.PostAsync(second, id, "Score", EvaluationSite.PointsFields(77m)));
        var secondAfter = await HtmlPage.GetAsync(second.Client, EvaluationSite.DossierUrl(id));
        await EvaluationSite.ExpectRedirectAsync(EvaluationSite.PostAsync(secretary, id, "CloseScoring"));
        var producerAfterScoring = await HtmlPage.GetAsync(rep.Client, EvaluationSite.DossierUrl(id));

        Assert.Multiple(() =>
        {
            Assert.That(secondBefore.Document.QuerySelector("#all-scores"), Is.Null);
            Assert.That(secondBefore.Html, Does.Not.Contain("81.5"));
            Assert.That(firstAfter.Document.QuerySelector("#all-scores"), Is.Not.Null, "a member who submitted sees the table");
            Assert.That(secretaryWhileOpen.Html, Does.Not.Contain("81.5"), "the secretary sees who submitted, not the scores, while scoring is open");
            Assert.That(secondAfter.Html, Does.Contain("81.5"));
            Assert.That(producerAfterScoring.Document.QuerySelector("#all-scores"), Is.Null);
            Assert.That(producerAfterScoring.Document.QuerySelector("#result"), Is.Null);
            Assert.That(producerAfterScoring.Html, Does.Not.Contain("81.5").And.Not.Contain("79.25"));
        });
    }

    [Test]
    public async Task A_member_not_seated_in_the_round_cannot_score()
    {
        var (producer, product) = await _site.SeedProducerAsync("Na Ngoài", "xã Thử Ngoài");
        await using var rep = await _site.ProducerAsync(producer.Id);
        var id = await _site.RegisterAsync(rep, product.Id);
        await using var stranger = await BackOfficeSession.SignInAsync(_site.Factory, OcopCatalogue.Web.Evaluation.EvaluationAccountRoles.CouncilParticipant);

        using var page = await stranger.Client.GetAsync(new Uri(EvaluationSite.DossierUrl(id), UriKind.Relative));

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var (producer, product) = await _site.SeedProducerAsync("Sen Token", "xã Thử Token");
        await using var rep = await _site.ProducerAsync(producer.Id);
        var id = await _site.RegisterAsync(rep, product.Id);

        using var response = await rep.PostWithoutTokenAsync(EvaluationSite.DossierUrl(id) + "?handler=Submit", []);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task A_producer_representative_cannot_reach_the_back_office_proper()
    {
        var (producer, _) = await _site.SeedProducerAsync("Dừa Ngoài", "xã Thử Dừa");
        await using var rep = await _site.ProducerAsync(producer.Id);

        using var products = await rep.Client.GetAsync(new Uri("/backoffice/san-pham", UriKind.Relative));
        using var people = await rep.Client.GetAsync(new Uri("/backoffice/danh-gia/nguoi-tham-gia", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(products.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(people.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }
}
