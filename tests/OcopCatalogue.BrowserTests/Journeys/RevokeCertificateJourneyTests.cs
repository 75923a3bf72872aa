using Microsoft.Playwright;
using OcopCatalogue.BrowserTests.Pages;
using OcopCatalogue.BrowserTests.Support;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Accounts;

namespace OcopCatalogue.BrowserTests.Journeys;

/// <summary>An editor records the revocation of a certificate; shoppers stop seeing the OCOP mark at once.</summary>
public sealed class RevokeCertificateJourneyTests : BrowserTest
{
    private const string ProductName = "Bánh thử bị thu hồi chứng nhận";
    private const string ProductSlug = "banh-thu-bi-thu-hoi-chung-nhan";

    protected override ViewportSize Viewport => Desktop;

    [Test]
    public async Task Editor_records_a_revocation_and_the_public_page_no_longer_shows_the_mark()
    {
        await TestCertificates.SeedValidAsync(ProductName, ProductSlug);
        var email = await StaffUsers.CreateAsync(StaffRoles.Editor);
        var mark = Page.Locator("main .ocop-mark");
        await Page.GotoAsync("/san-pham/" + ProductSlug);
        await Assertions.Expect(mark).ToBeVisibleAsync();

        var signIn = await BackOfficeSignInPage.OpenAsync(Page);
        await signIn.SignInAsync(email, StaffUsers.Password);
        var history = await CertificateHistoryPage.OpenFromListAsync(Page, ProductName);
        await Assertions.Expect(history.HistoryRows).ToHaveCountAsync(1);
        await history.RecordAsync("Thu hồi", "TEST-9/QĐ-UBND", VietnamTime.Today(TimeProvider.System), "Thu hồi thử nghiệm trong kiểm thử tự động");

        await Assertions.Expect(history.Notice).ToContainTextAsync("Thu hồi");
        await Assertions.Expect(history.HistoryRows).ToHaveCountAsync(2);
        await Assertions.Expect(Page.Locator("#standing")).ToHaveAttributeAsync("data-status", nameof(CertificateStatus.Revoked));

        await Page.GotoAsync("/san-pham/" + ProductSlug);
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(ProductName);
        await Assertions.Expect(mark).ToHaveCountAsync(0);
    }
}
