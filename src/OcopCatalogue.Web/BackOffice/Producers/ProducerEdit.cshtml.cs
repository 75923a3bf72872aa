using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice.Editing;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Editorial;

namespace OcopCatalogue.Web.BackOffice.Producers;

/// <summary>A new producer (<c>/backoffice/chu-the/moi</c>, not for producer-limited writers) or an existing one by id.</summary>
public sealed class ProducerEditModel(
    EditorialWorkflow workflow,
    ProducerContent producers,
    IAuthorizationService authorization,
    IStringLocalizer<BackOfficeText> text) : EditorialEditPage(workflow, producers, authorization, text)
{
    [BindProperty]
    public ProducerForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (await LoadAsync(key, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = Entry is null ? new ProducerForm { Kind = nameof(ProducerKind.Cooperative) } : ProducerForm.From(producers.Read(Entry.WorkingSnapshot));
        return Page();
    }

    protected override async Task<IActionResult> SaveAsync(string key, EditIntent intent, CancellationToken cancellationToken)
    {
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

        AddProblems(Form.Problems(), nameof(Form));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var id = Id ?? Guid.NewGuid();
        var original = Entry is null ? new ProducerFile { Key = id, State = PublicationState.Draft } : producers.Read(Entry.WorkingSnapshot);
        var file = Form.ToFile(original);
        AddFileProblems(producers.Sync.Check(file));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        return await StoreAsync(id, producers.Write(file), intent, Form.Note, FieldOf, cancellationToken);
    }

    private async Task<IActionResult?> LoadAsync(string key, CancellationToken cancellationToken)
    {
        if (await FindItemAsync(key, cancellationToken) is { } missing)
        {
            return missing;
        }

        // A writer limited to producers works on those; adding a producer is for the province's own staff.
        if (key == NewKey && StaffScope.From(User).IsLimited)
        {
            return Forbid();
        }

        ViewData["Title"] = Entry?.Item.Name ?? Text["Producer.New"].Value;
        return null;
    }

    private static string FieldOf(string property) => property == "slug" ? "Form.Slug" : "";
}
