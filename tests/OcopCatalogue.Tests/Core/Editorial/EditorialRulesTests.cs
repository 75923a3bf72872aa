using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Editorial;

namespace OcopCatalogue.Tests.Core.Editorial;

public sealed class EditorialRulesTests
{
    private static readonly EditorialStatus NewDraft = new(PublicationState.Draft, IsLive: false, InRecycleBin: false);
    private static readonly EditorialStatus InReview = new(PublicationState.InReview, IsLive: false, InRecycleBin: false);
    private static readonly EditorialStatus Live = new(PublicationState.Published, IsLive: true, InRecycleBin: false);
    private static readonly EditorialStatus LiveWithDraft = new(PublicationState.Draft, IsLive: true, InRecycleBin: false);
    private static readonly EditorialStatus Unpublished = new(PublicationState.Unpublished, IsLive: false, InRecycleBin: false);
    private static readonly EditorialStatus Binned = new(PublicationState.Unpublished, IsLive: false, InRecycleBin: true);

    [TestCase(EditorialAction.SaveDraft)]
    [TestCase(EditorialAction.SendForReview)]
    [TestCase(EditorialAction.Rollback)]
    [TestCase(EditorialAction.Delete)]
    [TestCase(EditorialAction.Restore)]
    public void A_writer_may_draft_send_for_review_roll_back_to_a_draft_and_use_the_bin(EditorialAction action)
    {
        Assert.That(EditorialRules.RoleMay(EditorialRole.Writer, action), Is.True);
    }

    [TestCase(EditorialAction.Publish)]
    [TestCase(EditorialAction.Unpublish)]
    [TestCase(EditorialAction.RollbackAndPublish)]
    [TestCase(EditorialAction.ReturnToDraft)]
    [TestCase(EditorialAction.Schedule)]
    [TestCase(EditorialAction.Purge)]
    public void A_writer_never_publishes_unpublishes_or_purges(EditorialAction action)
    {
        Assert.Multiple(() =>
        {
            Assert.That(EditorialRules.RoleMay(EditorialRole.Writer, action), Is.False);
            Assert.That(EditorialRules.Check(EditorialRole.Writer, action, InReview), Is.EqualTo(EditorialVerdict.RoleForbids));
            Assert.That(EditorialRules.Check(EditorialRole.Writer, action, Live), Is.EqualTo(EditorialVerdict.RoleForbids));
        });
    }

    [TestCase(EditorialRole.Editor)]
    [TestCase(EditorialRole.Administrator)]
    public void Editors_and_administrators_may_do_everything(EditorialRole role)
    {
        Assert.That(Enum.GetValues<EditorialAction>().Where(a => !EditorialRules.RoleMay(role, a)), Is.Empty);
    }

    [Test]
    public void An_unknown_role_may_do_nothing()
    {
        Assert.That(Enum.GetValues<EditorialAction>().Where(a => EditorialRules.RoleMay((EditorialRole)0, a)), Is.Empty);
    }

    [Test]
    public void A_writer_may_delete_a_draft_but_not_a_live_item()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EditorialRules.Check(EditorialRole.Writer, EditorialAction.Delete, NewDraft), Is.EqualTo(EditorialVerdict.Allowed));
            Assert.That(EditorialRules.Check(EditorialRole.Writer, EditorialAction.Delete, Live), Is.EqualTo(EditorialVerdict.RoleForbids));
            Assert.That(EditorialRules.Check(EditorialRole.Writer, EditorialAction.Delete, LiveWithDraft), Is.EqualTo(EditorialVerdict.RoleForbids));
            Assert.That(EditorialRules.Check(EditorialRole.Editor, EditorialAction.Delete, Live), Is.EqualTo(EditorialVerdict.Allowed));
        });
    }

    [Test]
    public void The_happy_path_goes_draft_review_published_unpublished()
    {
        var sent = EditorialRules.WorkingStateAfter(EditorialAction.SendForReview, NewDraft);
        var published = EditorialRules.WorkingStateAfter(EditorialAction.Publish, InReview);
        var unpublished = EditorialRules.WorkingStateAfter(EditorialAction.Unpublish, Live);

        Assert.Multiple(() =>
        {
            Assert.That(sent, Is.EqualTo(PublicationState.InReview));
            Assert.That(published, Is.EqualTo(PublicationState.Published));
            Assert.That(unpublished, Is.EqualTo(PublicationState.Unpublished));
        });
    }

    [Test]
    public void An_editor_returns_a_draft_under_review_to_its_writer()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EditorialRules.WorkingStateAfter(EditorialAction.ReturnToDraft, InReview), Is.EqualTo(PublicationState.Draft));
            Assert.That(EditorialRules.Check(EditorialRole.Editor, EditorialAction.ReturnToDraft, NewDraft), Is.EqualTo(EditorialVerdict.StateForbids));
        });
    }

    [Test]
    public void Only_a_draft_or_an_unpublished_item_can_be_sent_for_review()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EditorialRules.Check(EditorialRole.Writer, EditorialAction.SendForReview, NewDraft), Is.EqualTo(EditorialVerdict.Allowed));
            Assert.That(EditorialRules.Check(EditorialRole.Writer, EditorialAction.SendForReview, Unpublished), Is.EqualTo(EditorialVerdict.Allowed));
            Assert.That(EditorialRules.Check(EditorialRole.Writer, EditorialAction.SendForReview, InReview), Is.EqualTo(EditorialVerdict.StateForbids));
            Assert.That(EditorialRules.Check(EditorialRole.Writer, EditorialAction.SendForReview, Live), Is.EqualTo(EditorialVerdict.StateForbids));
        });
    }

    [Test]
    public void A_live_item_without_pending_changes_has_nothing_to_publish_and_an_unpublished_one_nothing_to_unpublish()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EditorialRules.Check(EditorialRole.Editor, EditorialAction.Publish, Live), Is.EqualTo(EditorialVerdict.StateForbids));
            Assert.That(EditorialRules.Check(EditorialRole.Editor, EditorialAction.Publish, LiveWithDraft), Is.EqualTo(EditorialVerdict.Allowed));
            Assert.That(EditorialRules.Check(EditorialRole.Editor, EditorialAction.Unpublish, Unpublished), Is.EqualTo(EditorialVerdict.StateForbids));
            Assert.That(EditorialRules.Check(EditorialRole.Editor, EditorialAction.Unpublish, LiveWithDraft), Is.EqualTo(EditorialVerdict.Allowed));
        });
    }

    [Test]
    public void Unpublishing_a_live_item_with_a_waiting_draft_keeps_the_draft()
    {
        Assert.That(EditorialRules.WorkingStateAfter(EditorialAction.Unpublish, LiveWithDraft), Is.EqualTo(PublicationState.Draft));
    }

    [Test]
    public void An_item_in_the_recycle_bin_can_only_be_restored_or_purged()
    {
        var allowed = Enum.GetValues<EditorialAction>().Where(a => EditorialRules.Check(EditorialRole.Administrator, a, Binned) == EditorialVerdict.Allowed);

        Assert.That(allowed, Is.EquivalentTo(new[] { EditorialAction.Restore, EditorialAction.Purge }));
    }

    [Test]
    public void Restore_and_purge_are_only_for_items_in_the_bin()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EditorialRules.Check(EditorialRole.Editor, EditorialAction.Restore, NewDraft), Is.EqualTo(EditorialVerdict.StateForbids));
            Assert.That(EditorialRules.Check(EditorialRole.Editor, EditorialAction.Purge, Live), Is.EqualTo(EditorialVerdict.StateForbids));
            Assert.That(EditorialRules.Check(EditorialRole.Writer, EditorialAction.Purge, Binned), Is.EqualTo(EditorialVerdict.RoleForbids));
        });
    }

    [Test]
    public void Status_follows_the_newest_version_while_it_waits_and_the_stored_state_otherwise()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EditorialStatus.Of(PublicationState.Published, PublicationState.Draft, false), Is.EqualTo(LiveWithDraft));
            Assert.That(EditorialStatus.Of(PublicationState.Published, PublicationState.Published, false), Is.EqualTo(Live));
            Assert.That(EditorialStatus.Of(PublicationState.Published, null, false), Is.EqualTo(Live), "imported, never edited");
            Assert.That(EditorialStatus.Of(PublicationState.Unpublished, PublicationState.Published, false), Is.EqualTo(Unpublished));
            Assert.That(EditorialStatus.Of(PublicationState.Draft, PublicationState.InReview, false), Is.EqualTo(InReview));
            Assert.That(EditorialStatus.Of(PublicationState.Published, PublicationState.Published, true).IsLive, Is.False, "the bin is never public");
        });
    }
}
