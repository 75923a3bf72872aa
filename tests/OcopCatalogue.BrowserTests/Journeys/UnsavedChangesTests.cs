using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OcopCatalogue.BrowserTests.Pages;
using OcopCatalogue.BrowserTests.Support;
using OcopCatalogue.Web.Accounts;

namespace OcopCatalogue.BrowserTests.Journeys;

/// <summary>
/// A writer leaving an edit page with an unsaved story, or a batch form a row button has sent back unsaved, is asked
/// first; an untouched form lets them go.
/// </summary>
[TestFixture]
public sealed class UnsavedChangesTests : BrowserTest
{
    protected override ViewportSize Viewport => Desktop;

    [Test]
    public async Task Leaving_with_an_edited_story_asks_first_and_leaving_an_untouched_form_does_not()
    {
        var id = await BrowserRun.Site.WithDbAsync(db => db.Products.Where(p => p.Slug == "ruou-dau-tam").Select(p => p.Id).SingleAsync());

        var writer = await StaffUsers.CreateAsync(StaffRoles.Writer);
        await BackOfficePage.SignInAsync(Page, writer, StaffUsers.Password);

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

    [Test]
    public async Task A_batch_form_sent_back_by_a_row_button_asks_before_leaving_and_an_untouched_one_does_not()
    {
        var id = await BrowserRun.Site.WithDbAsync(db => db.TraceBatches.Where(b => b.LotCode == "XD2025-07").Select(b => b.Id).SingleAsync());

        var writer = await StaffUsers.CreateAsync(StaffRoles.Writer);
        await BackOfficePage.SignInAsync(Page, writer, StaffUsers.Password);

        var untouched = await Page.Context.NewPageAsync();
        var asked = new List<string>();
        untouched.Dialog += (_, dialog) => { asked.Add("untouched:" + dialog.Type); _ = dialog.AcceptAsync(); };
        await untouched.GotoAsync($"/backoffice/lo-hang/{id}");
        await untouched.CloseAsync(new() { RunBeforeUnload = true });

        var rows = await Page.Context.NewPageAsync();
        var dialogShown = new TaskCompletionSource<string>();
        rows.Dialog += (_, dialog) => { dialogShown.TrySetResult(dialog.Type); _ = dialog.AcceptAsync(); };
        await rows.GotoAsync($"/backoffice/lo-hang/{id}");
        var rowsBefore = await rows.Locator("fieldset.bo-rowset").CountAsync();
        // A row button posts the form and the page comes back with the row added, nothing saved.
        await rows.Locator("button[name='row'][value*=':add:']").First.ClickAsync();
        await rows.WaitForLoadStateAsync(LoadState.Load);
        var rowsAfter = await rows.Locator("fieldset.bo-rowset").CountAsync();
        await rows.CloseAsync(new() { RunBeforeUnload = true });
        var type = await dialogShown.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Multiple(() =>
        {
            Assert.That(rowsAfter, Is.EqualTo(rowsBefore + 1), "the row button added a row");
            Assert.That(type, Is.EqualTo("beforeunload"), "the added row is unsaved work");
            Assert.That(asked, Is.Empty, "no question for a batch form nobody changed");
        });
    }
}
