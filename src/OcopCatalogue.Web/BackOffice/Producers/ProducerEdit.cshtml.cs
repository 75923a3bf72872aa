using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.BackOffice.Workflow;
using OcopCatalogue.Web.Content;
using OcopCatalogue.Web.Content.Files;
using OcopCatalogue.Web.Content.Publishing;

namespace OcopCatalogue.Web.BackOffice.Producers;

/// <summary>A new producer (<c>/backoffice/chu-the/moi</c>, not for producer-limited writers) or an existing one by id.</summary>
public sealed class ProducerEditModel(
    EditorialWorkflow workflow,
    ProducerContent producers,
    IAuthorizationService authorization,
    IStringLocalizer<BackOfficeText> text) : EditorialPage(authorization, text)
{
    public const string NewKey = "moi";

    [BindProperty]
    public ProducerForm Form { get; set; } = new();

    public Guid? Id { get; private set; }
    public EditorialEntry? Entry { get; private set; }
    public IEditorialContent Kind => producers;

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (await LoadAsync(key, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = Entry is null ? new ProducerForm { Kind = nameof(ProducerKind.Cooperative) } : ProducerForm.From(producers.Read(Entry.WorkingSnapshot));
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(string key, CancellationToken cancellationToken) => SaveAsync(key, Intent.Draft, cancellationToken);

    public Task<IActionResult> OnPostSendAsync(string key, CancellationToken cancellationToken) => SaveAsync(key, Intent.Review, cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(string key, CancellationToken cancellationToken) => SaveAsync(key, Intent.Publish, cancellationToken);

    public async Task<IActionResult> OnPostUnpublishAsync(string key, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(key, out var id))
        {
            return NotFound();
        }

        var result = await workflow.UnpublishAsync(User, ContentItemType.Producer, id, cancellationToken);
        if (Refusal(result) is { } refused)
        {
            return refused;
        }

        Notify(result.Succeeded ? "Workflow.Done.Unpublished" : "Workflow.NotNow");
        return Redirect(producers.EditPath(id));
    }

    public async Task<IActionResult> OnPostDeleteAsync(string key, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(key, out var id))
        {
            return NotFound();
        }

        var result = await workflow.DeleteAsync(User, ContentItemType.Producer, id, cancellationToken);
        if (Refusal(result) is { } refused)
        {
            return refused;
        }

        if (!result.Succeeded)
        {
            Notify("Workflow.NotNow");
            return Redirect(producers.EditPath(id));
        }

        Notify("Workflow.Done.Deleted");
        return Redirect("/backoffice/chu-the");
    }

    private async Task<IActionResult> SaveAsync(string key, Intent intent, CancellationToken cancellationToken)
    {
        Form.CleanRichText();
        if (await LoadAsync(key, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (intent == Intent.Publish && !MayPublish)
        {
            return Forbid();
        }

        AddProblems(Form.Problems(), nameof(Form));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var id = Id ?? Guid.NewGuid();
        var original = Entry is null ? new ProducerFile { Key = id, State = PublicationState.Draft } : producers.Read(Entry.WorkingSnapshot);
        var file = Form.ToFile(original);
        foreach (var (property, message) in USyncRules.Check(file))
        {
            ModelState.AddModelError("", Text["Editorial.Form.Invalid", property, message]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await workflow.SaveAsync(User, ContentItemType.Producer, id, producers.Write(file), intent == Intent.Review,
            string.IsNullOrWhiteSpace(Form.Note) ? null : Form.Note.Trim(), cancellationToken);
        if (Refusal(result, FieldOf) is { } notSaved)
        {
            return notSaved;
        }

        if (!result.Succeeded)
        {
            return Page();
        }

        if (intent == Intent.Publish)
        {
            var published = await workflow.PublishAsync(User, ContentItemType.Producer, id, result.Version, cancellationToken);
            if (Refusal(published, FieldOf) is { } notPublished)
            {
                return notPublished;
            }

            if (!published.Succeeded)
            {
                return Page();
            }
        }

        Notify(intent switch
        {
            Intent.Review => "Workflow.Done.SentForReview",
            Intent.Publish => "Workflow.Done.Published",
            _ => "Workflow.Done.Saved",
        }, result.Version ?? 0);
        return Redirect(producers.EditPath(id));
    }

    private async Task<IActionResult?> LoadAsync(string key, CancellationToken cancellationToken)
    {
        await ReadRightsAsync();
        if (key == NewKey)
        {
            // A writer limited to producers works on those; adding a producer is for the province's own staff.
            if (StaffScope.From(User).IsLimited)
            {
                return Forbid();
            }
        }
        else if (!Guid.TryParse(key, out var id)
            || await workflow.FindAsync(User, ContentItemType.Producer, id, cancellationToken) is not { } entry)
        {
            return NotFound();
        }
        else
        {
            Id = id;
            Entry = entry;
        }

        ViewData["Title"] = Entry?.Item.Name ?? Text["Producer.New"].Value;
        return null;
    }

    private static string FieldOf(string property) => property == "slug" ? "Form.Slug" : "";

    private enum Intent
    {
        Draft,
        Review,
        Publish,
    }
}
