using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Web.BackOffice.Workflow;
using OcopCatalogue.Web.Editorial;

namespace OcopCatalogue.Web.BackOffice.Editing;

/// <summary>
/// The edit page of one item of a workflow content type, at <c>/backoffice/{segment}/{key}</c> where the key is the
/// item's id or <see cref="NewKey"/>: loading within the person's scope (404 otherwise), the form's save, send and
/// publish buttons, the workflow panel's unpublish and delete, and saving a snapshot as a version that is kept, sent
/// for review or published. The forms themselves, and what they check, belong to each type's page.
/// </summary>
public abstract class EditorialEditPage(
    EditorialWorkflow workflow,
    IEditorialContent kind,
    IAuthorizationService authorization,
    IStringLocalizer<BackOfficeText> text) : EditorialPage(authorization, text)
{
    public const string NewKey = "moi";

    public Guid? Id { get; private set; }

    public EditorialEntry? Entry { get; private set; }

    public IEditorialContent Kind => kind;

    /// <summary>The workflow box beside the form.</summary>
    public WorkflowPanel Panel => new(kind, Entry, MayPublish);

    /// <summary>The type's list, where a deleted item's page sends the person back to.</summary>
    public string ListPath => $"/backoffice/{kind.Segment}";

    public Task<IActionResult> OnPostSaveAsync(string key, CancellationToken cancellationToken) => SaveAsync(key, EditIntent.Draft, cancellationToken);

    public Task<IActionResult> OnPostSendAsync(string key, CancellationToken cancellationToken) => SaveAsync(key, EditIntent.Review, cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(string key, CancellationToken cancellationToken) => SaveAsync(key, EditIntent.Publish, cancellationToken);

    public async Task<IActionResult> OnPostUnpublishAsync(string key, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(key, out var id))
        {
            return NotFound();
        }

        var result = await workflow.Publishing.UnpublishAsync(User, kind.Type, id, cancellationToken);
        if (Refusal(result) is { } refused)
        {
            return refused;
        }

        Notify(result.Succeeded ? "Workflow.Done.Unpublished" : "Workflow.NotNow");
        return Redirect(kind.EditPath(id));
    }

    public async Task<IActionResult> OnPostDeleteAsync(string key, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(key, out var id))
        {
            return NotFound();
        }

        var result = await workflow.RecycleBin.DeleteAsync(User, kind.Type, id, cancellationToken);
        if (Refusal(result) is { } refused)
        {
            return refused;
        }

        if (!result.Succeeded)
        {
            Notify("Workflow.NotNow");
            return Redirect(kind.EditPath(id));
        }

        Notify("Workflow.Done.Deleted");
        return Redirect(ListPath);
    }

    /// <summary>
    /// The form's buttons: checks what was posted and, when it holds, stores it with <see cref="StoreAsync"/> as the
    /// button asked; otherwise the page again with its problems.
    /// </summary>
    protected abstract Task<IActionResult> SaveAsync(string key, EditIntent intent, CancellationToken cancellationToken);

    /// <summary>
    /// Finds the item the key names and reads the person's rights; a response (404) when the key names nothing
    /// this person may see, null to go on (with <see cref="Entry"/> null for a new item).
    /// </summary>
    protected async Task<IActionResult?> FindItemAsync(string key, CancellationToken cancellationToken)
    {
        await ReadRightsAsync();
        if (key == NewKey)
        {
            return null;
        }

        if (!Guid.TryParse(key, out var id) || await workflow.Queries.FindAsync(User, kind.Type, id, cancellationToken) is not { } entry)
        {
            return NotFound();
        }

        Id = id;
        Entry = entry;
        return null;
    }

    /// <summary>
    /// Keeps the snapshot as a new version and sends it for review or publishes it as asked; on success the answer
    /// is a redirect back to the edit page with a notice, otherwise the refusal (404, 403) or the page with the
    /// workflow's problems put beside the fields <paramref name="fieldOf"/> names (by the file's property names).
    /// </summary>
    protected async Task<IActionResult> StoreAsync(
        Guid id, string snapshot, EditIntent intent, string? note, Func<string, string> fieldOf, CancellationToken cancellationToken)
    {
        if (intent == EditIntent.Publish && !MayPublish)
        {
            return Forbid();
        }

        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        WorkflowResult result;
        WorkflowResult? published = null;
        if (intent == EditIntent.Publish)
        {
            // One change: a failure while publishing (a full disk) keeps no half of it.
            (result, published) = await workflow.Publishing.SaveAndPublishAsync(User, kind.Type, id, snapshot, note, cancellationToken);
        }
        else
        {
            result = await workflow.Drafts.SaveAsync(User, kind.Type, id, snapshot, intent == EditIntent.Review, note, cancellationToken);
        }

        foreach (var step in new[] { result, published })
        {
            if (step is null)
            {
                continue;
            }

            if (Refusal(step, fieldOf) is { } refused)
            {
                return refused;
            }

            if (!step.Succeeded)
            {
                return Page();
            }
        }

        Notify(intent switch
        {
            EditIntent.Review => "Workflow.Done.SentForReview",
            EditIntent.Publish => "Workflow.Done.Published",
            _ => "Workflow.Done.Saved",
        }, result.Version ?? 0);
        return Redirect(kind.EditPath(id));
    }

    /// <summary>Rules the uSync file itself must meet (its sync handler's <c>Check</c>), as messages above the form:
    /// the form's own checks name what people get wrong, so anything reaching here is a gap in them, never silently
    /// stored.</summary>
    protected void AddFileProblems(IEnumerable<(string Property, string Message)> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        foreach (var (property, message) in findings)
        {
            ModelState.AddModelError("", Text["Editorial.Form.Invalid", property, message]);
        }
    }
}
