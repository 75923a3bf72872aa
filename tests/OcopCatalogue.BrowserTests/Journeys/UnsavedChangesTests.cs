using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OcopCatalogue.BrowserTests.Pages;
using OcopCatalogue.BrowserTests.Support;
using OcopCatalogue.Web.BackOffice;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.BrowserTests.Journeys;

/// <summary>A writer leaving an edit page with an unsaved story is asked first; an untouched form lets them go.</summary>
[TestFixture]
public sealed class UnsavedChangesTests : BrowserTest
{
    protected override ViewportSize Viewport => Desktop;

    [Test]
    public async Task Leaving_with_an_edited_story_asks_first_and_leaving_an_untouched_form_does_not()
    {
        Guid id;
        await using (var scope = BrowserRun.Site.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<OcopDbContext>().Products
                .Where(p => p.Slug == "ruou-dau-tam").Select(p => p.Id).SingleAsync();
        }

        var writer = await StaffAccountsOnSite.CreateAsync(BrowserRun.Site, StaffRoles.Writer);
        await BackOfficePage.SignInAsync(Page, writer, StaffAccountsOnSite.Password);

        var untouched = await Page.Context.NewPageAsync();
        var asked = new List<string>();
        untouched.Dialog += (_, dialog) => { asked.Add("untouched:" + dialog.Type); _ = dialog.AcceptAsync(); };
        await ProductEditorPage.OpenAsync(untouched, id);
        await untouched.CloseAsync(new() { RunBeforeUnload = true });

        var edited = await Page.Context.NewPageAsync();
        var dialogShown = new TaskCompletionSource<string>();
        edited.Dialog += (_, dialog) => { dialogShown.TrySetResult(dialog.Type); _ = dialog.AcceptAsync(); };
        var form = await ProductEditorPage.OpenAsync(edited, id);
        await form.Story.ClickAsync();
        await edited.Keyboard.TypeAsync(" Thêm một câu chưa lưu.");
        await edited.CloseAsync(new() { RunBeforeUnload = true });
        var type = await dialogShown.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Multiple(() =>
        {
            Assert.That(type, Is.EqualTo("beforeunload"));
            Assert.That(asked, Is.Empty, "no question for a form nobody changed");
        });
    }
}
