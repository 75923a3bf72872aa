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
        var id = await ProductIdAsync("bap-non-dong-hop");
        var draft = await EditedAsync(id, f => f with { ShortDescription = "Bắp non hái sớm, đóng hộp theo lịch." });
        var saved = await WithWorkflowAsync((w, _) => w.Drafts.SaveAsync(editor, ContentItemType.Product, id, draft, sendForReview: false));
        var scheduled = await WithWorkflowAsync((w, _) =>
            w.Schedules.ScheduleAsync(editor, ContentItemType.Product, id, saved.Version!.Value, Start.AddDays(1), Start.AddDays(3)));
        var ticker = Factory.Services.GetRequiredService<ScheduledPublishing>();

        var ranEarly = await ticker.TickAsync();
        var before = await PublicPageAsync("/san-pham/bap-non-dong-hop");
        Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var ranOnTime = await ticker.TickAsync();
        var during = await PublicPageAsync("/san-pham/bap-non-dong-hop");
        Clock.Advance(TimeSpan.FromDays(2));
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
        var id = await ProductIdAsync("thot-not-dong-lon");

        var result = await WithWorkflowAsync((w, _) =>
            w.Schedules.ScheduleAsync(StaffPrincipal.For(StaffRoles.Writer), ContentItemType.Product, id, 1, Start.AddDays(1), null));

        Assert.That(result.Outcome, Is.EqualTo(WorkflowOutcome.Forbidden));
    }

    private Task<Guid> ProductIdAsync(string slug) =>
        WithWorkflowAsync(async (_, _) =>
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OcopCatalogue.Web.Data.OcopDbContext>();
            return (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Products, p => p.Slug == slug)).Id;
        });
}
