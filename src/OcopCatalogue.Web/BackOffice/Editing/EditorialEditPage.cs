using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Web.BackOffice.Workflow;
using OcopCatalogue.Web.Editorial;

namespace OcopCatalogue.Web.BackOffice.Editing;

/// <summary>
/// The edit page of one item of a workflow content type, at <c>/backoffice/{segment}/{key}</c> where the key is the
/// item's id or <see cref="NewKey"/>: finding the item within the person's scope (404 otherwise) and the workflow
/// panel's unpublish and delete. The form and its save, send and publish buttons are
/// <see cref="ContentEditPage{TForm, TFile}"/>'s.
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

    protected EditorialWorkflow Workflow => workflow;

    /// <summary>The workflow box beside the form.</summary>
    public WorkflowPanel Panel => new(kind, Entry, MayPublish);

    /// <summary>The type's list, where a deleted item's page sends the person back to.</summary>
    public string ListPath => $"/backoffice/{kind.Segment}";

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
}
