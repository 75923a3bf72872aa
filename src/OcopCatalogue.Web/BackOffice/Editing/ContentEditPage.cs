using Microsoft.AspNetCore.Mvc;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Web.BackOffice.Editing;

/// <summary>
/// The edit page of a workflow content type whose form is <typeparamref name="TForm"/> and whose versions are its
/// uSync files <typeparamref name="TFile"/>. It shows a new form or the working version's, carries out row buttons
/// (<see cref="IRowForm"/>), and saves in one pipeline: rich text cleaned; the item loaded within the person's scope;
/// publishing refused to someone who may not, before the form is checked, so they learn that first; the form's
/// problems and the type's own checks beside their fields; the file made and held to the sync handler's rules; then
/// a version kept, sent for review or published, the workflow's problems beside the fields <see cref="FileFields"/>
/// names. A type's page says only what differs: its title, fields and file, and where it needs them the hooks.
/// </summary>
public abstract class ContentEditPage<TForm, TFile>(EditPageServices services, IEditableContent<TFile> content)
    : EditorialEditPage(services.Workflow, content, services.Authorization, services.Text)
    where TForm : class, IEditForm<TForm, TFile>, new()
    where TFile : class
{
    [BindProperty]
    public TForm Form { get; set; } = new();

    /// <summary>The resource key of the page's title for a new item.</summary>
    protected abstract string NewTitleKey { get; }

    /// <summary>
    /// Which form field a problem with a file property goes beside, as (file property, form property), each written
    /// with <c>nameof</c>; a problem with any other property goes above the form.
    /// </summary>
    protected abstract IReadOnlyList<(string FileProperty, string FormProperty)> FileFields { get; }

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (await LoadAsync(key, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = Entry is null ? NewForm() : TForm.From(content.Read(Entry.WorkingSnapshot));
        return await FormPageAsync(cancellationToken);
    }

    /// <summary>A row button: the same form back with a row added, removed or moved; nothing is saved.</summary>
    public async Task<IActionResult> OnPostRowAsync(string key, string? row, CancellationToken cancellationToken)
    {
        if (Form is not IRowForm rows)
        {
            return NotFound();
        }

        Form.CleanRichText();
        if (await LoadAsync(key, cancellationToken) is { } refused)
        {
            return refused;
        }

        // The fields are drawn from the form as it now is, not from what was posted for the old row positions.
        ModelState.Clear();
        if (RowAction.Parse(row) is { } action)
        {
            rows.Apply(action);
        }

        ViewData["Unsaved"] = true;
        return await FormPageAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostSaveAsync(string key, CancellationToken cancellationToken) => SaveAsync(key, EditIntent.Draft, cancellationToken);

    public Task<IActionResult> OnPostSendAsync(string key, CancellationToken cancellationToken) => SaveAsync(key, EditIntent.Review, cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(string key, CancellationToken cancellationToken) => SaveAsync(key, EditIntent.Publish, cancellationToken);

    /// <summary>The form as a new item starts.</summary>
    protected virtual TForm NewForm() => new();

    /// <summary>The refusal (404, 403) when the type's own scope rule keeps this person from the item or from making
    /// one; null to go on. An existing item is already known to be within their producers.</summary>
    protected virtual IActionResult? ScopeRefusal(string key) => null;

    /// <summary>What the form offers to choose from (producers, products, photos) or shows beside it (the products a
    /// sales point stocks), loaded for every answer.</summary>
    protected virtual Task LoadChoicesAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Choices that depend on the form as it now is, added each time it is shown.</summary>
    protected virtual Task AddFormChoicesAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The type's checks beyond the form's own (for example that what it names may be chosen), as
    /// problems in the model state, beside the form's own.</summary>
    protected virtual Task CheckFormAsync(TFile original, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The file the form describes, keeping what it does not edit from <paramref name="original"/>; called
    /// only when the form holds.</summary>
    protected abstract Task<TFile> ToFileAsync(TFile original, Guid id, CancellationToken cancellationToken);

    private async Task<IActionResult?> LoadAsync(string key, CancellationToken cancellationToken)
    {
        if (await FindItemAsync(key, cancellationToken) is { } missing)
        {
            return missing;
        }

        if (ScopeRefusal(key) is { } refused)
        {
            return refused;
        }

        ViewData["Title"] = Entry?.Item.Name ?? Text[NewTitleKey].Value;
        await LoadChoicesAsync(cancellationToken);
        return null;
    }

    private async Task<IActionResult> SaveAsync(string key, EditIntent intent, CancellationToken cancellationToken)
    {
        // First, before anything can send the form back: rich text as the store would keep it.
        Form.CleanRichText();
        if (await LoadAsync(key, cancellationToken) is { } refused)
        {
            return refused;
        }

        // Refused before the form is checked, so someone who may not publish learns that first.
        if (intent == EditIntent.Publish && !MayPublish)
        {
            return Forbid();
        }

        var id = Id ?? Guid.NewGuid();
        var original = Entry is null ? content.NewFile(id) : content.Read(Entry.WorkingSnapshot);
        AddProblems(Form.Problems(), nameof(Form));
        await CheckFormAsync(original, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await FormPageAsync(cancellationToken);
        }

        var file = await ToFileAsync(original, id, cancellationToken);
        AddFileProblems(content.Check(file));
        if (!ModelState.IsValid)
        {
            return await FormPageAsync(cancellationToken);
        }

        await content.ReadAheadAsync(file, cancellationToken);
        return await StoreAsync(id, content.Write(file), intent, cancellationToken);
    }

    /// <summary>
    /// Keeps the snapshot as a new version and sends it for review or publishes it as asked; on success a redirect
    /// back to the edit page with a notice, otherwise the refusal (404, 403) or the form with the workflow's problems.
    /// </summary>
    private async Task<IActionResult> StoreAsync(Guid id, string snapshot, EditIntent intent, CancellationToken cancellationToken)
    {
        var note = string.IsNullOrWhiteSpace(Form.Note) ? null : Form.Note.Trim();
        WorkflowResult result;
        WorkflowResult? published = null;
        if (intent == EditIntent.Publish)
        {
            // One change: a failure while publishing (a full disk) keeps no half of it.
            (result, published) = await Workflow.Publishing.SaveAndPublishAsync(User, content.Type, id, snapshot, note, cancellationToken);
        }
        else
        {
            result = await Workflow.Drafts.SaveAsync(User, content.Type, id, snapshot, intent == EditIntent.Review, note, cancellationToken);
        }

        foreach (var step in new[] { result, published })
        {
            if (step is null)
            {
                continue;
            }

            if (Refusal(step, FieldOf) is { } refusal)
            {
                return refusal;
            }

            if (!step.Succeeded)
            {
                return await FormPageAsync(cancellationToken);
            }
        }

        Notify(intent switch
        {
            EditIntent.Review => "Workflow.Done.SentForReview",
            EditIntent.Publish => "Workflow.Done.Published",
            _ => "Workflow.Done.Saved",
        }, result.Version ?? 0);
        return Redirect(content.EditPath(id));
    }

    /// <summary>Rules the uSync file itself must meet (its sync handler's <c>Check</c>), as messages above the form:
    /// the form's own checks name what people get wrong, so anything reaching here is a gap in them, never silently
    /// stored.</summary>
    private void AddFileProblems(IEnumerable<(string Property, string Message)> findings)
    {
        foreach (var (property, message) in findings)
        {
            ModelState.AddModelError("", Text["Editorial.Form.Invalid", property, message]);
        }
    }

    /// <summary>The form field a problem with a file property (named as the file writes it) goes beside; "" for above the form.</summary>
    private string FieldOf(string property)
    {
        foreach (var (fileProperty, formProperty) in FileFields)
        {
            if (USyncJson.Options.PropertyNamingPolicy?.ConvertName(fileProperty) == property)
            {
                return $"{nameof(Form)}.{formProperty}";
            }
        }

        return "";
    }

    private async Task<IActionResult> FormPageAsync(CancellationToken cancellationToken)
    {
        await AddFormChoicesAsync(cancellationToken);
        return Page();
    }
}
