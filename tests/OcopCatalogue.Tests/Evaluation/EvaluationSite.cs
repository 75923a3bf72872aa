using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Evaluation;
using OcopCatalogue.Tests.Core.Evaluation;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Evaluation;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Tests.Evaluation;

/// <summary>
/// A site with one open round on a TEST criteria sheet (made-up criteria from <see cref="TestSheets"/>, never Annex
/// III), two producers in two communes, and helpers that take the steps through the real pages; on the provider given.
/// </summary>
internal sealed class EvaluationSite : IDisposable
{
    /// <summary>The test sheet's code: says in its name that it is not an official sheet.</summary>
    public const string SheetCode = "thu-nghiem-khong-chinh-thuc";

    public static readonly DateOnly Today = new(2027, 3, 10);

    public EvaluationSite(DatabaseProvider provider = DatabaseProvider.Sqlite, IReadOnlyDictionary<string, string?>? settings = null) =>
        Factory = new OcopWebFactory(clock: FakeClock.OnVietnamDay(Today), settings: settings) { Provider = provider };

    public OcopWebFactory Factory { get; }

    public Guid RoundId { get; private set; }

    public static CriteriaSheet Sheet { get; } = TestSheets.Complete with
    {
        Code = SheetCode,
        NameVi = "Phiếu KIỂM THỬ (không phải Phụ lục III)",
        Source = "Dữ liệu kiểm thử của bộ test, không phải văn bản chính thức",
    };

    public async Task StartAsync()
    {
        var loaded = await Factory.WithServiceAsync<CriteriaSheets, IReadOnlyList<OcopCatalogue.Core.Fields.FieldProblem>>(
            sheets => sheets.LoadAsync(USyncJson.Serialize(Sheet), StaffPrincipal.For(StaffRoles.Editor), CancellationToken.None));
        if (loaded.Count > 0)
        {
            throw new InvalidOperationException("The test sheet does not load: " + string.Join(", ", loaded.Select(p => p.MessageKey)));
        }

        RoundId = Guid.NewGuid();
        await Factory.SaveAsync(new EvaluationRound { Id = RoundId, Year = 2027, Name = "Đợt thử 2027", CreatedAt = DateTimeOffset.UnixEpoch });
    }

    public async Task<(Producer Producer, Product Product)> SeedProducerAsync(string name, string commune)
    {
        var producer = ContentSeed.Producer("Chủ thể thử " + name, commune: commune);
        var product = ContentSeed.Product("Sản phẩm thử " + name, producer, OcopGroup.Food);
        await Factory.SaveAsync(producer, product);
        return (producer, product);
    }

    public Task<BackOfficeSession> ProducerAsync(Guid producerId) =>
        BackOfficeSession.SignInAsync(Factory, EvaluationAccountRoles.ProducerRepresentative, [producerId]);

    public async Task<BackOfficeSession> CommuneOfficerAsync(string commune)
    {
        var session = await BackOfficeSession.SignInAsync(Factory, EvaluationAccountRoles.CommuneOfficer);
        await Factory.SaveAsync(new CommuneAssignment { UserId = session.UserId, Commune = EvaluationViewer.NormaliseCommune(commune) });
        return session;
    }

    public async Task<BackOfficeSession> SeatedAsync(EvaluationRole role)
    {
        var session = await BackOfficeSession.SignInAsync(Factory, EvaluationAccountRoles.CouncilParticipant);
        await Factory.SaveAsync(new CouncilSeat { RoundId = RoundId, UserId = session.UserId, Role = role });
        return session;
    }

    public static string DossierUrl(Guid id) => $"/backoffice/danh-gia/ho-so/{id}";

    public string RoundUrl => $"/backoffice/danh-gia/dot/{RoundId}";

    /// <summary>Registers the product through the round page; the registration's id from the redirect.</summary>
    public async Task<Guid> RegisterAsync(BackOfficeSession producer, Guid productId)
    {
        using var response = await producer.PostFormAsync(RoundUrl, new Dictionary<string, string>
        {
            ["Register.ProductId"] = productId.ToString(),
            ["Register.Kind"] = nameof(RegistrationKind.New),
            ["Register.SheetCode"] = SheetCode,
        }, RoundUrl + "?handler=Register");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "registration");
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    public static Dictionary<string, string> PointsFields(decimal total, string? reason = null)
    {
        var fields = TestSheets.Totalling(total).ToDictionary(p => $"points[{p.Key}]", p => p.Value.ToString(CultureInfo.InvariantCulture));
        if (reason is not null)
        {
            fields["reason"] = reason;
        }

        return fields;
    }

    public static async Task<HttpResponseMessage> PostAsync(BackOfficeSession session, Guid registration, string handler, IEnumerable<KeyValuePair<string, string>>? fields = null) =>
        await session.PostFormAsync(DossierUrl(registration), fields ?? [], DossierUrl(registration) + "?handler=" + handler);

    /// <summary>Self-assesses, submits, and lets the commune propose and the advisory group find the dossier complete.</summary>
    public async Task<Guid> ScreenedAsync(BackOfficeSession producer, Guid productId, BackOfficeSession commune, BackOfficeSession advisory)
    {
        var id = await RegisterAsync(producer, productId);
        await ExpectRedirectAsync(PostAsync(producer, id, "SelfAssess", PointsFields(80)));
        await ExpectRedirectAsync(PostAsync(producer, id, "Submit"));
        await ExpectRedirectAsync(PostAsync(commune, id, "Propose", new Dictionary<string, string>
        {
            ["findings.LocalOrigin"] = "Nguyên liệu trồng tại xã (thử)",
            ["findings.LocalLabour"] = "12 lao động địa phương (thử)",
            ["findings.IdeaOrigin"] = "Ý tưởng của hợp tác xã (thử)",
            ["findings.LocalIdentity"] = "Công thức truyền thống (thử)",
            ["report"] = "Báo cáo thử",
        }));
        await ExpectRedirectAsync(PostAsync(advisory, id, "Complete"));
        return id;
    }

    public static async Task ExpectRedirectAsync(Task<HttpResponseMessage> post)
    {
        using var response = await post;
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var body = await response.Content.ReadAsStringAsync();
            var problems = System.Text.RegularExpressions.Regex.Match(body, "<ul class=\"bo-error\"[^>]*>(.*?)</ul>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
            Assert.Fail($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {HtmlPage.Collapse(problems)}");
        }
    }

    public Task<EvaluationRegistration> RegistrationAsync(Guid id) =>
        Factory.WithDbAsync(db => db.Set<EvaluationRegistration>().AsNoTracking().SingleAsync(r => r.Id == id));

    public Task<List<Certificate>> CertificatesAsync(Guid productId) =>
        Factory.WithDbAsync(db => db.Certificates.AsNoTracking().Where(c => c.ProductId == productId).OrderBy(c => c.Sequence).ToListAsync());

    public void Dispose() => Factory.Dispose();
}
