using Microsoft.Playwright;
using OcopCatalogue.BrowserTests.Pages;
using OcopCatalogue.BrowserTests.Support;
using OcopCatalogue.Web.Accounts;

namespace OcopCatalogue.BrowserTests.Journeys;

/// <summary>The certificate and import pages as an editor sees them, errors shown included, checked with axe-core.</summary>
public sealed class CertificatePagesAccessibilityTests : BrowserTest
{
    protected override ViewportSize Viewport => Desktop;

    [Test]
    public async Task Certificate_and_import_pages_have_no_serious_axe_violations()
    {
        var product = await TestCertificates.SeedValidAsync("Kẹo thử kiểm tra trợ năng", "keo-thu-kiem-tra-tro-nang");
        var email = await StaffUsers.CreateAsync(StaffRoles.Editor);
        var signIn = await BackOfficeSignInPage.OpenAsync(Page);
        await signIn.SignInAsync(email, StaffUsers.Password);
        var found = new List<string>();

        foreach (var path in new[] { "/backoffice/chung-nhan", CertificateHistoryPage.ListPath, "/backoffice/nhap-csv", $"/backoffice/chung-nhan/san-pham/{product.Id}" })
        {
            await Page.GotoAsync(path);
            var violations = await Accessibility.SeriousViolationsAsync(Page);
            if (violations.Count > 0)
            {
                found.Add(Accessibility.Describe(path, violations));
            }
        }

        // The record form sent empty (past the browser's own check): the server's problems are shown next to the fields.
        await Page.EvaluateAsync("() => document.getElementById('kind').removeAttribute('required')");
        await Page.Locator("#record-form").GetByRole(AriaRole.Button, new() { Name = "Lưu quyết định" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#kind-error")).ToBeVisibleAsync();
        var withErrors = await Accessibility.SeriousViolationsAsync(Page);
        if (withErrors.Count > 0)
        {
            found.Add(Accessibility.Describe("the record form with errors", withErrors));
        }

        Assert.That(found, Is.Empty, string.Join(Environment.NewLine, found));
    }
}
