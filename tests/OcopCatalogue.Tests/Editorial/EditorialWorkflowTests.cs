using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.Search;

namespace OcopCatalogue.Tests.Editorial;

/// <summary>The workflow's services on a real store: versions, publishing, rights and scope, rollback, bin, schedules.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class EditorialWorkflowTests(DatabaseProvider provider) : WorkflowFixture(provider)
{
    private static readonly Guid SaTe = Guid.Parse("fe71a609-0cb1-4a01-9c7d-012fb42e8466");
    private static readonly Guid MutDauTam = Guid.Parse("bf8a588e-cb6c-4da8-815d-67d7f57a6903");
    private static readonly Guid RuouDauTam = Guid.Parse("de08c396-4fde-43ff-9ae2-eb82f1732af4");
    private static readonly Guid SiroAtiso = Guid.Parse("7e44b190-58ba-4755-947a-faeeaa127014");
    private static readonly Guid TraHoaDauBiec = Guid.Parse("e725ef99-5299-4d3f-a423-c1a9368b3055");
    private static readonly Guid NuocCotDauTam = Guid.Parse("f6ee5a8f-cd3b-41e0-9b5c-18093e7f92e4");
    private static readonly Guid TraTuiLoc = Guid.Parse("7929e35b-5860-41d0-a811-5b99d05cdadd");

    private static readonly System.Security.Claims.ClaimsPrincipal Writer = StaffPrincipal.For(StaffRoles.Writer);
    private static readonly System.Security.Claims.ClaimsPrincipal Editor = StaffPrincipal.For(StaffRoles.Editor);

    [Test]
    public async Task Saving_adds_a_version_and_the_public_page_keeps_the_published_story()
    {
        var draft = await EditedAsync(SaTe, f => f with { StoryHtml = "<p>Câu chuyện nháp chưa đăng về sa tế.</p>" });

        var saved = await WithWorkflowAsync((w, _) => w.Drafts.SaveAsync(Writer, ContentItemType.Product, SaTe, draft, sendForReview: false));
        var history = await WithWorkflowAsync((w, _) => w.Queries.HistoryAsync(Editor, ContentItemType.Product, SaTe));
        var page = await PublicPageAsync("/san-pham/sa-te-thai-hoa");

        Assert.Multiple(() =>
        {
            Assert.That(saved.Outcome, Is.EqualTo(WorkflowOutcome.Done));
            Assert.That(history.Select(v => (v.Number, v.State)), Is.EqualTo(new[] { (2, PublicationState.Draft), (1, PublicationState.Published) }),
                "the imported content became version 1, the draft version 2");
            Assert.That(page, Does.Not.Contain("Câu chuyện nháp chưa đăng"));
            Assert.That(page, Does.Contain("Sa tế là loại gia vị cay"));
        });
    }

    [Test]
    public async Task Publishing_a_reviewed_draft_changes_the_public_page_and_the_search_finds_the_new_text()
    {
        var draft = await EditedAsync(MutDauTam, f => f with { StoryHtml = "<p>Mứt được sên trong chảo gang bên bếp củi quanhquéo.</p>" });
        await WithWorkflowAsync((w, _) => w.Drafts.SaveAsync(Writer, ContentItemType.Product, MutDauTam, draft, sendForReview: true));
        var queue = await WithWorkflowAsync((w, _) => w.Queries.ReviewQueueAsync(Editor));

        var published = await WithWorkflowAsync((w, _) => w.Publishing.PublishAsync(Editor, ContentItemType.Product, MutDauTam));
        var page = await PublicPageAsync("/san-pham/mut-dau-tam");
        var hits = await Factory.Services.GetRequiredService<SiteSearch>().SearchAsync(new SearchRequest { Query = "quanhquéo" });

        Assert.Multiple(() =>
        {
            Assert.That(queue.Select(r => r.Item.Id), Does.Contain(MutDauTam), "the editor saw it in the review queue");
            Assert.That(published.Outcome, Is.EqualTo(WorkflowOutcome.Done));
            Assert.That(page, Does.Contain("bên bếp củi quanhquéo"));
            Assert.That(hits.Hits.Select(h => h.Slug), Does.Contain("mut-dau-tam"));
        });
    }

    [Test]
    public async Task A_writer_cannot_publish_unpublish_or_roll_back_and_publish()
    {
        var draft = await EditedAsync(RuouDauTam, f => f with { ShortDescription = "Mô tả của người viết." });
        await WithWorkflowAsync((w, _) => w.Drafts.SaveAsync(Writer, ContentItemType.Product, RuouDauTam, draft, sendForReview: true));

        var publish = await WithWorkflowAsync((w, _) => w.Publishing.PublishAsync(Writer, ContentItemType.Product, RuouDauTam));
        var unpublish = await WithWorkflowAsync((w, _) => w.Publishing.UnpublishAsync(Writer, ContentItemType.Product, RuouDauTam));
        var rollback = await WithWorkflowAsync((w, _) => w.Drafts.RollbackAsync(Writer, ContentItemType.Product, RuouDauTam, 1, publish: true));
        var page = await PublicPageAsync("/san-pham/ruou-dau-tam");

        Assert.Multiple(() =>
        {
            Assert.That(publish.Outcome, Is.EqualTo(WorkflowOutcome.Forbidden));
            Assert.That(unpublish.Outcome, Is.EqualTo(WorkflowOutcome.Forbidden));
            Assert.That(rollback.Outcome, Is.EqualTo(WorkflowOutcome.Forbidden));
            Assert.That(page, Does.Not.Contain("Mô tả của người viết."));
        });
    }

    [Test]
    public async Task A_writer_limited_to_one_producer_finds_nothing_of_another_and_cannot_save_it()
    {
        var owner = (await WithWorkflowAsync((w, _) => w.Queries.FindAsync(Editor, ContentItemType.Product, SiroAtiso)))!.Item.ProducerId!.Value;
        var limited = StaffPrincipal.For(StaffRoles.Writer, Guid.NewGuid());
        var own = StaffPrincipal.For(StaffRoles.Writer, owner);
        var draft = await EditedAsync(SiroAtiso, f => f with { StoryHtml = "<p>Ghi đè trái phép.</p>" });

        var found = await WithWorkflowAsync((w, _) => w.Queries.FindAsync(limited, ContentItemType.Product, SiroAtiso));
        var history = await WithWorkflowAsync((w, _) => w.Queries.HistoryAsync(limited, ContentItemType.Product, SiroAtiso));
        var save = await WithWorkflowAsync((w, _) => w.Drafts.SaveAsync(limited, ContentItemType.Product, SiroAtiso, draft, sendForReview: false));
        var ownFound = await WithWorkflowAsync((w, _) => w.Queries.FindAsync(own, ContentItemType.Product, SiroAtiso));

        Assert.Multiple(() =>
        {
            Assert.That(found, Is.Null);
            Assert.That(history, Is.Empty);
            Assert.That(save.Outcome, Is.EqualTo(WorkflowOutcome.NotFound));
            Assert.That(ownFound, Is.Not.Null, "the producer's own writer does see it");
        });
    }

    [Test]
    public async Task A_limited_writer_cannot_move_a_product_to_a_producer_outside_their_scope()
    {
        var owner = (await WithWorkflowAsync((w, _) => w.Queries.FindAsync(Editor, ContentItemType.Product, TraTuiLoc)))!.Item.ProducerId!.Value;
        var own = StaffPrincipal.For(StaffRoles.Writer, owner);
        var elsewhere = await Factory.WithDbAsync(db => db.Producers.Where(p => p.Id != owner).Select(p => p.Id).FirstAsync());
        var moved = await EditedAsync(TraTuiLoc, f => f with { Producer = elsewhere });

        var save = await WithWorkflowAsync((w, _) => w.Drafts.SaveAsync(own, ContentItemType.Product, TraTuiLoc, moved, sendForReview: false));

        Assert.That(save.Problems, Does.Contain(("producer", "Workflow.Problem.ProducerOutOfScope")));
    }

    [Test]
    public async Task Rollback_brings_back_the_old_story_once_published()
    {
        var draft = await EditedAsync(TraHoaDauBiec, f => f with { StoryHtml = "<p>Một câu chuyện mới về hoa đậu biếc.</p>" });
        await WithWorkflowAsync((w, _) => w.Drafts.SaveAsync(Editor, ContentItemType.Product, TraHoaDauBiec, draft, sendForReview: false));
        await WithWorkflowAsync((w, _) => w.Publishing.PublishAsync(Editor, ContentItemType.Product, TraHoaDauBiec));
        var withNewStory = await PublicPageAsync("/san-pham/tra-hoa-dau-biec");

        var rolledBack = await WithWorkflowAsync((w, _) => w.Drafts.RollbackAsync(Editor, ContentItemType.Product, TraHoaDauBiec, 1, publish: true));
        var page = await PublicPageAsync("/san-pham/tra-hoa-dau-biec");

        Assert.Multiple(() =>
        {
            Assert.That(withNewStory, Does.Contain("Một câu chuyện mới về hoa đậu biếc."));
            Assert.That(rolledBack.Version, Is.EqualTo(3), "a rollback is a new version");
            Assert.That(page, Does.Not.Contain("Một câu chuyện mới về hoa đậu biếc."));
            Assert.That(page, Does.Contain("Hoa đậu biếc có màu xanh tím"));
        });
    }

    [Test]
    public async Task Delete_takes_the_item_off_the_site_into_the_bin_and_restore_brings_it_back_unpublished()
    {
        var writerDelete = await WithWorkflowAsync((w, _) => w.RecycleBin.DeleteAsync(Writer, ContentItemType.Product, NuocCotDauTam));
        var deleted = await WithWorkflowAsync((w, _) => w.RecycleBin.DeleteAsync(Editor, ContentItemType.Product, NuocCotDauTam));
        var afterDelete = await PublicPageAsync("/san-pham/nuoc-cot-dau-tam-tuoi");
        var bin = await WithWorkflowAsync((w, _) => w.RecycleBin.EntriesAsync(Writer));
        var editWhileBinned = await WithWorkflowAsync(async (w, p) =>
            await w.Drafts.SaveAsync(Editor, ContentItemType.Product, NuocCotDauTam, (await w.Queries.FindAsync(Editor, ContentItemType.Product, NuocCotDauTam))!.WorkingSnapshot, false));

        var restored = await WithWorkflowAsync((w, _) => w.RecycleBin.RestoreAsync(Writer, ContentItemType.Product, NuocCotDauTam));
        var entry = await WithWorkflowAsync((w, _) => w.Queries.FindAsync(Editor, ContentItemType.Product, NuocCotDauTam));
        var binAfter = await WithWorkflowAsync((w, _) => w.RecycleBin.EntriesAsync(Writer));

        Assert.Multiple(() =>
        {
            Assert.That(writerDelete.Outcome, Is.EqualTo(WorkflowOutcome.Forbidden), "a writer may not take a live item down");
            Assert.That(deleted.Outcome, Is.EqualTo(WorkflowOutcome.Done));
            Assert.That(afterDelete, Is.EqualTo("HTTP 404"));
            Assert.That(bin.Select(e => e.ItemId), Does.Contain(NuocCotDauTam));
            Assert.That(editWhileBinned.Outcome, Is.EqualTo(WorkflowOutcome.NotNow));
            Assert.That(restored.Outcome, Is.EqualTo(WorkflowOutcome.Done));
            Assert.That(binAfter.Select(e => e.ItemId), Does.Not.Contain(NuocCotDauTam));
            Assert.That(entry!.Status.IsLive, Is.False, "restored, but not public until published again");
            Assert.That(entry.Status.Working, Is.EqualTo(PublicationState.Draft));
        });
    }

    [Test]
    public async Task A_new_product_is_a_hidden_draft_until_published_and_purging_removes_it()
    {
        var id = Guid.NewGuid();
        var owner = (await WithWorkflowAsync((w, _) => w.Queries.FindAsync(Editor, ContentItemType.Product, SaTe)))!.Item.ProducerId;
        var snapshot = await WithWorkflowAsync((_, products) => Task.FromResult(products.Write(new OcopCatalogue.Web.Catalogue.ProductFile
        {
            Key = id,
            Slug = "sa-te-thu-nghiem-moi",
            Name = "Sa tế thử nghiệm mới",
            Producer = owner,
            Group = OcopGroup.Food,
        })));

        var saved = await WithWorkflowAsync((w, _) => w.Drafts.SaveAsync(Writer, ContentItemType.Product, id, snapshot, sendForReview: false));
        var hidden = await PublicPageAsync("/san-pham/sa-te-thu-nghiem-moi");
        await WithWorkflowAsync((w, _) => w.Publishing.PublishAsync(Editor, ContentItemType.Product, id));
        var shown = await PublicPageAsync("/san-pham/sa-te-thu-nghiem-moi");
        await WithWorkflowAsync((w, _) => w.RecycleBin.DeleteAsync(Editor, ContentItemType.Product, id));
        var writerPurge = await WithWorkflowAsync((w, _) => w.RecycleBin.PurgeAsync(Writer, ContentItemType.Product, id));
        var purged = await WithWorkflowAsync((w, _) => w.RecycleBin.PurgeAsync(Editor, ContentItemType.Product, id));
        var gone = await WithWorkflowAsync((w, _) => w.Queries.FindAsync(Editor, ContentItemType.Product, id));

        Assert.Multiple(() =>
        {
            Assert.That(saved.Version, Is.EqualTo(1));
            Assert.That(hidden, Is.EqualTo("HTTP 404"));
            Assert.That(shown, Does.Contain("Sa tế thử nghiệm mới"));
            Assert.That(writerPurge.Outcome, Is.EqualTo(WorkflowOutcome.Forbidden));
            Assert.That(purged.Outcome, Is.EqualTo(WorkflowOutcome.Done));
            Assert.That(gone, Is.Null);
        });
    }

    [Test]
    public async Task A_slug_another_product_uses_is_refused_with_the_field_named()
    {
        var clash = await EditedAsync(SaTe, f => f with { Slug = "tra-xa-den" });

        var saved = await WithWorkflowAsync((w, _) => w.Drafts.SaveAsync(Editor, ContentItemType.Product, SaTe, clash, sendForReview: false));

        Assert.That(saved.Problems, Does.Contain(("slug", "Workflow.Problem.SlugTaken")));
    }
}
