using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Tests.Editorial;

/// <summary>Schedules run when the clock reaches them, not before, and only through the scheduler's tick.</summary>
public sealed class ScheduledPublishingTests : WorkflowFixture
{
    [Test]
    public async Task A_version_scheduled_for_tomorrow_is_published_when_the_clock_gets_there_and_unpublished_at_its_end()
    {
        var editor = StaffPrincipal.For(StaffRoles.Editor);
        var id = await Factory.ProductIdAsync("bap-non-dong-hop");
        var draft = await EditedAsync(id, f => f with { ShortDescription = "Bắp non hái sớm, đóng hộp theo lịch." });
        var saved = await WithWorkflowAsync((w, _) => w.Drafts.SaveAsync(editor, ContentItemType.Product, id, draft, sendForReview: false));
        var scheduled = await WithWorkflowAsync((w, _) =>
            w.Schedules.ScheduleAsync(editor, ContentItemType.Product, id, saved.Version!.Value, Start.AddDays(1), Start.AddDays(3)));
        var ticker = Factory.Services.GetRequiredService<ScheduledPublishing>();

        var ranEarly = await ticker.TickAsync();
        var before = await PublicPageAsync("/san-pham/bap-non-dong-hop");
        // AdjustTime, not Advance: Advance would also fire the scheduler's own minute timer, whose round in the
        // background would race the tick this test counts.
        Clock.AdjustTime(Start.AddDays(1).AddMinutes(1));
        var ranOnTime = await ticker.TickAsync();
        var during = await PublicPageAsync("/san-pham/bap-non-dong-hop");
        Clock.AdjustTime(Start.AddDays(3).AddMinutes(1));
        await ticker.TickAsync();
        var after = await PublicPageAsync("/san-pham/bap-non-dong-hop");

        Assert.Multiple(() =>
        {
            Assert.That(scheduled.Outcome, Is.EqualTo(WorkflowOutcome.Done));
            Assert.That(ranEarly, Is.Zero);
            Assert.That(before, Does.Not.Contain("đóng hộp theo lịch"));
            Assert.That(ranOnTime, Is.EqualTo(1));
            Assert.That(during, Does.Contain("đóng hộp theo lịch"));
            Assert.That(after, Is.EqualTo("HTTP 404"));
        });
    }

    [Test]
    public async Task A_writer_cannot_schedule()
    {
        var id = await Factory.ProductIdAsync("thot-not-dong-lon");

        var result = await WithWorkflowAsync((w, _) =>
            w.Schedules.ScheduleAsync(StaffPrincipal.For(StaffRoles.Writer), ContentItemType.Product, id, 1, Start.AddDays(1), null));

        Assert.That(result.Outcome, Is.EqualTo(WorkflowOutcome.Forbidden));
    }
}
