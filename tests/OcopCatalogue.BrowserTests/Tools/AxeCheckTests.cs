using OcopCatalogue.BrowserTests.Support;

namespace OcopCatalogue.BrowserTests.Tools;

/// <summary>The accessibility check itself can fail: a page with known faults is reported, a clean one is not.</summary>
[TestFixture]
public sealed class AxeCheckTests : BrowserTest
{
    [Test]
    public async Task An_image_without_alt_text_and_a_page_without_language_are_reported()
    {
        await Page.SetContentAsync("<!DOCTYPE html><html><head><title>t</title></head><body><main><img src=\"x.png\"></main></body></html>");

        var violations = await Accessibility.SeriousViolationsAsync(Page);

        Assert.That(violations.Select(v => v.Id), Does.Contain("image-alt").And.Contain("html-has-lang"));
        Assert.That(Accessibility.Describe("the test page", violations), Does.Contain("img"));
    }

    [Test]
    public async Task A_plain_well_formed_page_has_no_serious_violations()
    {
        await Page.SetContentAsync("<!DOCTYPE html><html lang=\"vi\"><head><title>Trang</title></head><body><main><h1>Chào</h1><img src=\"x.png\" alt=\"Bắp non\"></main></body></html>");

        var violations = await Accessibility.SeriousViolationsAsync(Page);

        Assert.That(violations, Is.Empty, Accessibility.Describe("the test page", violations));
    }
}
