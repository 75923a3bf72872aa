using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Evaluation;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Evaluation;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Tests.Evaluation;

/// <summary>
/// A product not in the catalogue yet, registered by its producer's representative: made as a draft of that producer
/// through the editorial workflow, hidden from the public until an editor publishes it, rated only by a decision.
/// </summary>
public sealed class NewProductRegistrationTests
{
    private EvaluationSite _site = null!;

    [OneTimeSetUp]
    public async Task StartSite()
    {
        _site = new EvaluationSite();
        await _site.StartAsync();
    }

    [OneTimeTearDown]
    public void StopSite() => _site.Dispose();

    [Test]
    public async Task Registering_a_new_product_makes_a_hidden_draft_of_the_producer_through_the_workflow()
    {
        var (producer, _) = await _site.SeedProducerAsync("Tương Mới", "xã Thử Mới");
        await using var rep = await _site.ProducerAsync(producer.Id);
        using var visitor = _site.Factory.CreateClient();

        using var response = await PostNewAsync(rep, "Tương ớt Thử Mới", "Test chilli sauce", nameof(OcopGroup.Food), "1.4");
        var registrationId = Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
        var registration = await _site.RegistrationAsync(registrationId);
        var product = await _site.Factory.WithDbAsync(db => db.Products.AsNoTracking().SingleAsync(p => p.Id == registration.ProductId));
        var versions = await _site.Factory.WithDbAsync(db => db.ContentVersions.AsNoTracking().Where(v => v.ItemId == product.Id).ToListAsync());
        var audit = await _site.Factory.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.ItemId == product.Id || a.ItemId == registrationId).Select(a => new { a.Action, a.UserId }).ToListAsync());
        using var publicPage = await visitor.GetAsync(new Uri("/san-pham/" + product.Slug, UriKind.Relative));
        var dossier = await HtmlPage.GetAsync(rep.Client, EvaluationSite.DossierUrl(registrationId));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(registration.Kind, Is.EqualTo(RegistrationKind.New));
            Assert.That(registration.ProducerId, Is.EqualTo(producer.Id));
            Assert.That(registration.Commune, Is.EqualTo("xã thử mới"));
            Assert.That(product.State, Is.EqualTo(PublicationState.Draft), "never published by registering");
            Assert.That(product.ProducerId, Is.EqualTo(producer.Id));
            Assert.That(product.Name, Is.EqualTo("Tương ớt Thử Mới"));
            Assert.That(product.NameEn, Is.EqualTo("Test chilli sauce"));
            Assert.That(product.Group, Is.EqualTo(OcopGroup.Food));
            Assert.That(product.SubGroupCode, Is.EqualTo("1.4"));
            Assert.That(product.Slug, Is.EqualTo("tuong-ot-thu-moi"));
            Assert.That(versions, Has.Count.EqualTo(1), "one version, as any draft saved in the back office");
            Assert.That(versions[0].State, Is.EqualTo(PublicationState.Draft));
            Assert.That(audit.Select(a => a.Action), Is.SupersetOf(new[] { AuditActions.SavedDraft, RegistrationDesk.AuditPrefix + "registered" }));
            Assert.That(audit.Select(a => a.UserId).Distinct(), Is.EqualTo(new[] { rep.UserId }), "both entries name the representative");
            Assert.That(publicPage.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "a draft is not public");
            Assert.That(dossier.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(dossier.H1, Is.EqualTo("Tương ớt Thử Mới"));
        });
    }

    [Test]
    public async Task A_representative_makes_products_only_for_its_own_producer()
    {
        var (own, _) = await _site.SeedProducerAsync("Chủ Thể Mình", "xã Thử Mình");
        var (other, _) = await _site.SeedProducerAsync("Chủ Thể Khác", "xã Thử Khác");
        await using var rep = await _site.ProducerAsync(own.Id);
        await using var secretary = await _site.SeatedAsync(EvaluationRole.Secretary);

        using var forOther = await PostNewAsync(rep, "Sản phẩm lấn sân", null, nameof(OcopGroup.Food), null, producerId: other.Id.ToString());
        using var bySecretary = await PostNewAsync(secretary, "Sản phẩm của thư ký", null, nameof(OcopGroup.Food), null);
        var made = await _site.Factory.WithDbAsync(db => db.Products.CountAsync(p => p.Name == "Sản phẩm lấn sân" || p.Name == "Sản phẩm của thư ký"));

        Assert.Multiple(() =>
        {
            Assert.That(forOther.StatusCode, Is.EqualTo((HttpStatusCode)422));
            Assert.That(bySecretary.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(made, Is.Zero);
        });
    }

    [Test]
    public async Task Invalid_input_is_refused_in_vietnamese_and_keeps_what_was_typed()
    {
        var (producer, _) = await _site.SeedProducerAsync("Nhập Sai", "xã Thử Sai");
        await using var rep = await _site.ProducerAsync(producer.Id);

        using var noName = await PostNewAsync(rep, "  ", "Typed English name", nameof(OcopGroup.Food), "2.1");
        var page = await HtmlPage.ParseAsync(noName);
        using var badGroup = await PostNewAsync(rep, "Tên có nhóm lạ", null, "NotAGroup", null);
        var badGroupPage = await HtmlPage.ParseAsync(badGroup);
        var made = await _site.Factory.WithDbAsync(db => db.Products.CountAsync(p => p.ProducerId == producer.Id && p.Name != "Sản phẩm thử Nhập Sai"));

        Assert.Multiple(() =>
        {
            Assert.That(noName.StatusCode, Is.EqualTo((HttpStatusCode)422));
            Assert.That(page.Document.QuerySelector("#new-product-problems")?.TextContent, Does.Contain("Vui lòng nhập thông tin này."));
            Assert.That(page.Document.QuerySelectorAll("#new-product-problems li"), Has.Length.GreaterThanOrEqualTo(2), "the name, and a sub-group of another group");
            Assert.That(page.Document.QuerySelector("input[name='NewProduct.NameEn']")?.GetAttribute("value"), Is.EqualTo("Typed English name"));
            Assert.That(page.Document.QuerySelector("select[name='NewProduct.SubGroupCode'] option[selected]")?.GetAttribute("value"), Is.EqualTo("2.1"));
            Assert.That(badGroup.StatusCode, Is.EqualTo((HttpStatusCode)422), "bad input never gives a 500");
            Assert.That(badGroupPage.Document.QuerySelector("input[name='NewProduct.Name']")?.GetAttribute("value"), Is.EqualTo("Tên có nhóm lạ"));
            Assert.That(made, Is.Zero, "nothing is made from a refused form");
        });
    }

    [Test]
    public async Task The_decision_gives_the_new_product_its_certificate_and_the_normal_publish_shows_it()
    {
        var (producer, _) = await _site.SeedProducerAsync("Miến Mới", "xã Thử Quyết");
        await using var rep = await _site.ProducerAsync(producer.Id);
        await using var commune = await _site.CommuneOfficerAsync("xã Thử Quyết");
        await using var advisory = await _site.SeatedAsync(EvaluationRole.AdvisoryGroup);
        await using var secretary = await _site.SeatedAsync(EvaluationRole.Secretary);
        await using var chair = await _site.SeatedAsync(EvaluationRole.Chair);
        await using var member = await _site.SeatedAsync(EvaluationRole.CouncilMember);
        using var visitor = _site.Factory.CreateClient();

        using var registered = await PostNewAsync(rep, "Miến dong Thử Mới", null, nameof(OcopGroup.Food), "1.3");
        var id = Guid.Parse(registered.Headers.Location!.OriginalString.Split('/')[^1]);
        var productId = (await _site.RegistrationAsync(id)).ProductId;
        await EvaluationSite.ExpectRedirectAsync(EvaluationSite.PostAsync(rep, id, "SelfAssess", EvaluationSite.PointsFields(80)));
        await EvaluationSite.ExpectRedirectAsync(EvaluationSite.PostAsync(rep, id, "Submit"));
        await EvaluationSite.ExpectRedirectAsync(EvaluationSite.PostAsync(commune, id, "Propose", new Dictionary<string, string>
        {
            ["findings.LocalOrigin"] = "Dong riềng trồng tại xã (thử)",
            ["findings.LocalLabour"] = "8 lao động địa phương (thử)",
            ["findings.IdeaOrigin"] = "Ý tưởng của hộ (thử)",
            ["findings.LocalIdentity"] = "Cách làm truyền thống (thử)",
        }));
        await EvaluationSite.ExpectRedirectAsync(EvaluationSite.PostAsync(advisory, id, "Complete"));
        await EvaluationSite.ExpectRedirectAsync(EvaluationSite.PostAsync(secretary, id, "OpenScoring"));
        await EvaluationSite.ExpectRedirectAsync(EvaluationSite.PostAsync(member, id, "Score", EvaluationSite.PointsFields(76m)));
        await EvaluationSite.ExpectRedirectAsync(EvaluationSite.PostAsync(secretary, id, "CloseScoring"));
        using var decision = new MultipartFormDataContent
        {
            { new StringContent("TEST-76/QĐ-UBND"), "Decision.Number" },
            { new StringContent(EvaluationSite.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), "Decision.Date" },
        };
        using var decided = await chair.PostMultipartAsync(_site.RoundUrl, decision, _site.RoundUrl + "?handler=Decide");
        var certificates = await _site.CertificatesAsync(productId);
        var slug = await _site.Factory.WithDbAsync(db => db.Products.Where(p => p.Id == productId).Select(p => p.Slug).SingleAsync());
        using var beforePublish = await visitor.GetAsync(new Uri("/san-pham/" + slug, UriKind.Relative));
        var published = await _site.Factory.WithServiceAsync<EditorialWorkflow, WorkflowResult>(
            w => w.Publishing.PublishAsync(StaffPrincipal.For(StaffRoles.Editor), ContentItemType.Product, productId));
        var afterPublish = await HtmlPage.GetAsync(visitor, "/san-pham/" + slug);

        Assert.Multiple(() =>
        {
            Assert.That(decided.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(certificates, Has.Count.EqualTo(1));
            Assert.That(certificates[0].Kind, Is.EqualTo(EvaluationKind.NewRating));
            Assert.That(certificates[0].Stars, Is.EqualTo(StarRating.Four));
            Assert.That(certificates[0].DecisionNumber, Is.EqualTo("TEST-76/QĐ-UBND"));
            Assert.That(beforePublish.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "still a draft until an editor publishes it");
            Assert.That(published.Succeeded, Is.True, published.Outcome.ToString());
            Assert.That(afterPublish.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(afterPublish.Document.QuerySelector(".stars-4"), Is.Not.Null, "the decision's stars after the normal publish");
        });
    }

    private Task<HttpResponseMessage> PostNewAsync(BackOfficeSession session, string name, string? nameEn, string group, string? subGroup, string? producerId = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["NewProduct.Name"] = name,
            ["NewProduct.NameEn"] = nameEn ?? "",
            ["NewProduct.Group"] = group,
            ["NewProduct.SubGroupCode"] = subGroup ?? "",
            ["NewProduct.SheetCode"] = EvaluationSite.SheetCode,
        };
        if (producerId is not null)
        {
            fields["NewProduct.ProducerId"] = producerId;
        }

        return session.PostFormAsync(_site.RoundUrl, fields, _site.RoundUrl + "?handler=RegisterNew");
    }
}
