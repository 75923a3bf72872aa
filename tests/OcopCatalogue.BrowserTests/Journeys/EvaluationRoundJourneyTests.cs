using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OcopCatalogue.BrowserTests.Pages;
using OcopCatalogue.BrowserTests.Support;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Evaluation;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Evaluation;

namespace OcopCatalogue.BrowserTests.Journeys;

/// <summary>
/// One product through a round: staff load a TEST sheet (TestData/evaluation-test-sheet.json, made-up criteria, never
/// Annex III), open a round and invite the producer's representative, who sets a password from the link, registers,
/// self-assesses, uploads evidence and submits; the commune proposes, the advisory group finds it complete, three
/// members score with a spread over 10, the chair sends it back, one member re-scores with a reason, the chair decides,
/// and the public page shows the stars.
/// </summary>
public sealed class EvaluationRoundJourneyTests : BrowserTest
{
    private const string Commune = "xã Thử Hành Trình";

    // Points per criterion of the test sheet (A1.1 10, A2.1 20, A2.2 10, B1.1 25, C1.1 15, C1.2 20) for each total.
    private static readonly Dictionary<int, string[]> Sheets = new()
    {
        [80] = ["10", "20", "10", "25", "15", "0"],
        [75] = ["10", "20", "10", "25", "10", "0"],
        [60] = ["10", "20", "10", "20", "0", "0"],
        [72] = ["10", "20", "10", "25", "7", "0"],
    };

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    [Test]
    public async Task One_product_goes_from_invitation_to_stars_on_its_public_page()
    {
        var producer = new Producer
        {
            Id = Guid.NewGuid(), Slug = "chu-the-hanh-trinh-danh-gia", Name = "Chủ thể thử hành trình đánh giá",
            Address = new PostalAddress { CommuneOrWard = Commune, Province = "An Giang" }, UpdatedAt = DateTimeOffset.UtcNow,
        };
        var product = new Product
        {
            Id = Guid.NewGuid(), Slug = "san-pham-thu-hanh-trinh-danh-gia", Name = "Sản phẩm thử hành trình đánh giá", Producer = producer,
            Group = OcopGroup.Food, UpdatedAt = DateTimeOffset.UtcNow,
        };
        await BrowserRun.Site.WithDbAsync(async db =>
        {
            db.AddRange(producer, product);
            await db.SaveChangesAsync();
        });

        var editor = await StaffUsers.CreateAsync(StaffRoles.Editor);
        var commune = await StaffUsers.CreateAsync(EvaluationAccountRoles.CommuneOfficer);
        var council = new Dictionary<string, string>();
        foreach (var name in new[] { "advisory", "secretary", "chair", "m1", "m2", "m3" })
        {
            council[name] = await StaffUsers.CreateAsync(EvaluationAccountRoles.CouncilParticipant);
        }

        var options = new BrowserNewContextOptions { BaseURL = BrowserRun.Site.Address.ToString(), ViewportSize = Desktop, Locale = "vi-VN", TimezoneId = "Asia/Ho_Chi_Minh" };
        async Task<IPage> SignedInAsync(string email)
        {
            var context = await BrowserRun.Browser.NewContextAsync(options);
            var page = await context.NewPageAsync();
            await (await BackOfficeSignInPage.OpenAsync(page)).SignInAsync(email, StaffUsers.Password);
            return page;
        }

        // Staff: the test sheet, a round, the council's seats, the commune, and the invitation.
        var staff = await SignedInAsync(editor);
        await staff.GotoAsync("/backoffice/danh-gia/phieu");
        await staff.Locator("#sheet-form input[type=file]").SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "Journeys", "TestData", "evaluation-test-sheet.json"));
        await staff.Locator("#sheet-form button").ClickAsync();
        await Assertions.Expect(staff.Locator("#sheets")).ToContainTextAsync("thu-nghiem-hanh-trinh");
        await staff.GotoAsync("/backoffice/danh-gia");
        await staff.Locator("#open-round input[name='Input.Name']").FillAsync("Đợt thử hành trình");
        await staff.Locator("#open-round button").ClickAsync();
        var roundUrl = new Uri(staff.Url).AbsolutePath;
        var roles = new (string Who, string Role)[]
        {
            ("advisory", "AdvisoryGroup"), ("secretary", "Secretary"), ("chair", "Chair"), ("m1", "CouncilMember"), ("m2", "CouncilMember"), ("m3", "CouncilMember"),
        };
        foreach (var (who, role) in roles)
        {
            await staff.Locator("#seat-form input[name='Seat.Email']").FillAsync(council[who]);
            await staff.Locator("#seat-form select[name='Seat.Role']").SelectOptionAsync(role);
            await staff.Locator("#seat-form button").ClickAsync();
        }

        await Assertions.Expect(staff.Locator("#seats li")).ToHaveCountAsync(6);
        await BrowserRun.Site.WithDbAsync(async db =>
        {
            var userId = (await db.Set<StaffUser>().SingleAsync(u => u.Email == commune)).Id;
            db.Add(new CommuneAssignment { UserId = userId, Commune = EvaluationViewer.NormaliseCommune(Commune) });
            await db.SaveChangesAsync();
        });
        await staff.GotoAsync("/backoffice/danh-gia/nguoi-tham-gia");
        var repEmail = $"dai-dien-{Guid.NewGuid():N}@ocop.test";
        await staff.Locator("input[name='Invite.Email']").FillAsync(repEmail);
        await staff.Locator("input[name='Invite.DisplayName']").FillAsync("Đại diện thử");
        await staff.Locator("select[name='Invite.ProducerId']").SelectOptionAsync(producer.Id.ToString());
        await staff.Locator("#invite-form button").ClickAsync();
        var link = await staff.Locator("#invitation-link").InputValueAsync();

        // The producer's representative: password from the link, registration, self-assessment, evidence, submission.
        var repContext = await BrowserRun.Browser.NewContextAsync(options);
        var rep = await repContext.NewPageAsync();
        await rep.GotoAsync(link);
        await rep.Locator("input[name=Password]").FillAsync(StaffUsers.Password);
        await rep.Locator("input[name=ConfirmPassword]").FillAsync(StaffUsers.Password);
        await rep.Locator("#accept-form button").ClickAsync();
        await rep.GotoAsync(roundUrl);
        await rep.Locator("#register-form select[name='Register.SheetCode']").SelectOptionAsync("thu-nghiem-hanh-trinh");
        await rep.Locator("#register-form button").ClickAsync();
        var dossierUrl = new Uri(rep.Url).AbsolutePath;
        await FillPointsAsync(rep, "#self-assessment", Sheets[80]);
        await rep.Locator("#self-assessment button").ClickAsync();
        await rep.Locator("#upload-form input[type=file]").SetInputFilesAsync(new FilePayload { Name = "giay-chung-nhan.png", MimeType = "image/png", Buffer = Png });
        await rep.Locator("#upload-form button").ClickAsync();
        await Assertions.Expect(rep.Locator("#evidence tbody tr")).ToHaveCountAsync(1);
        await rep.Locator("#submit-form button").ClickAsync();
        await Assertions.Expect(rep.Locator("#step")).ToHaveAttributeAsync("data-step", nameof(EvaluationStep.DossierSubmitted));

        // Commune and advisory group.
        var officer = await SignedInAsync(commune);
        await officer.GotoAsync(dossierUrl);
        foreach (var field in new[] { "LocalOrigin", "LocalLabour", "IdeaOrigin", "LocalIdentity" })
        {
            await officer.Locator($"textarea[name='findings.{field}']").FillAsync("Nhận xét thử của xã");
        }

        await officer.Locator("#propose-form button").ClickAsync();
        var advisory = await SignedInAsync(council["advisory"]);
        await advisory.GotoAsync(dossierUrl);
        await advisory.Locator("#complete-form button").ClickAsync();

        // Scoring: three members, a spread of 20, re-scoring with a reason.
        var secretary = await SignedInAsync(council["secretary"]);
        await secretary.GotoAsync(dossierUrl);
        await secretary.Locator("#open-scoring-form button").ClickAsync();
        var members = new List<IPage>();
        foreach (var (who, total) in new[] { ("m1", 80), ("m2", 75), ("m3", 60) })
        {
            var member = await SignedInAsync(council[who]);
            await member.GotoAsync(dossierUrl);
            await FillPointsAsync(member, "#score-form", Sheets[total]);
            await member.Locator("#score-form button").ClickAsync();
            await Assertions.Expect(member.Locator("#own-score")).ToBeVisibleAsync();
            members.Add(member);
        }

        await secretary.Locator("#close-scoring-form button").ClickAsync();
        await Assertions.Expect(secretary.Locator("#spread-flag")).ToBeVisibleAsync();
        var chair = await SignedInAsync(council["chair"]);
        await chair.GotoAsync(dossierUrl);
        await chair.Locator("#open-rescoring-form button").ClickAsync();
        await members[2].GotoAsync(dossierUrl);
        await FillPointsAsync(members[2], "#score-form", Sheets[72]);
        await members[2].Locator("#score-form textarea[name=reason]").FillAsync("Xem lại minh chứng phần C sau thảo luận (thử)");
        await members[2].Locator("#score-form button").ClickAsync();
        await secretary.GotoAsync(dossierUrl);
        await secretary.Locator("#close-scoring-form button").ClickAsync();
        await Assertions.Expect(secretary.Locator("#step")).ToHaveAttributeAsync("data-step", nameof(EvaluationStep.Scored));

        // The chair's decision, then the public page.
        await chair.GotoAsync(roundUrl);
        await chair.Locator("#decide-form input[name='Decision.Number']").FillAsync("TEST-88/QĐ-UBND");
        await chair.Locator("#decide-form input[name='Decision.Date']").FillAsync(DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await chair.Locator("#decide-form button").ClickAsync();
        await Assertions.Expect(chair.Locator("#outcomes")).ToContainTextAsync(product.Name);

        await Page.GotoAsync("/san-pham/" + product.Slug);
        await Assertions.Expect(Page.Locator(".ocop-mark")).ToBeVisibleAsync();
    }

    private static async Task FillPointsAsync(IPage page, string form, string[] points)
    {
        var inputs = page.Locator($"{form} input[name^='points[']");
        for (var i = 0; i < points.Length; i++)
        {
            await inputs.Nth(i).FillAsync(points[i]);
        }
    }
}
