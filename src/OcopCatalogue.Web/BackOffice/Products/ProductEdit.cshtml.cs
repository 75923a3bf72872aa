using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.BackOffice.Workflow;
using OcopCatalogue.Web.Content;
using OcopCatalogue.Web.Content.Files;
using OcopCatalogue.Web.Content.Publishing;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.BackOffice.Products;

/// <summary>A new product (<c>/backoffice/san-pham/moi</c>) or an existing one by id: the form, and the workflow's buttons.</summary>
public sealed class ProductEditModel(
    EditorialWorkflow workflow,
    ProductContent products,
    OcopDbContext db,
    IAuthorizationService authorization,
    IStringLocalizer<BackOfficeText> text) : EditorialPage(authorization, text)
{
    public const string NewKey = "moi";

    [BindProperty]
    public ProductForm Form { get; set; } = new();

    public Guid? Id { get; private set; }
    public EditorialEntry? Entry { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> Producers { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> SalesPointChoices { get; private set; } = [];
    public bool ProducerOptional { get; private set; }
    public IEditorialContent Kind => products;

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (await LoadAsync(key, cancellationToken) is { } missing)
        {
            return missing;
        }

        Form = Entry is null ? new ProductForm { Group = nameof(OcopGroup.Food) } : ProductForm.From(products.Read(Entry.WorkingSnapshot));
        if (Entry is null && Producers.Count == 1 && !ProducerOptional)
        {
            Form.ProducerId = Producers[0].Id.ToString();
        }

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

        var result = await workflow.UnpublishAsync(User, ContentItemType.Product, id, cancellationToken);
        if (Refusal(result) is { } refused)
        {
            return refused;
        }

        Notify(result.Succeeded ? "Workflow.Done.Unpublished" : "Workflow.NotNow");
        return Redirect(products.EditPath(id));
    }

    public async Task<IActionResult> OnPostDeleteAsync(string key, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(key, out var id))
        {
            return NotFound();
        }

        var result = await workflow.DeleteAsync(User, ContentItemType.Product, id, cancellationToken);
        if (Refusal(result) is { } refused)
        {
            return refused;
        }

        if (!result.Succeeded)
        {
            Notify("Workflow.NotNow");
            return Redirect(products.EditPath(id));
        }

        Notify("Workflow.Done.Deleted");
        return Redirect("/backoffice/san-pham");
    }

    private async Task<IActionResult> SaveAsync(string key, Intent intent, CancellationToken cancellationToken)
    {
        // First, before anything can send the form back: stories as the store would keep them.
        Form.CleanRichText();
        if (await LoadAsync(key, cancellationToken) is { } missing)
        {
            return missing;
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
        var original = Entry is null ? new ProductFile { Key = id, State = PublicationState.Draft } : products.Read(Entry.WorkingSnapshot);
        var file = Form.ToFile(original);
        foreach (var (property, message) in USyncRules.Check(file))
        {
            // The form checks what people can get wrong; this catches whatever would make the uSync file unreadable.
            ModelState.AddModelError("", Text["Editorial.Form.Invalid", property, message]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await workflow.SaveAsync(User, ContentItemType.Product, id, products.Write(file), intent == Intent.Review,
            string.IsNullOrWhiteSpace(Form.Note) ? null : Form.Note.Trim(), cancellationToken);
        if (Refusal(result, FieldOf) is { } refused)
        {
            return refused;
        }

        if (!result.Succeeded)
        {
            return Page();
        }

        if (intent == Intent.Publish)
        {
            var published = await workflow.PublishAsync(User, ContentItemType.Product, id, result.Version, cancellationToken);
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
        return Redirect(products.EditPath(id));
    }

    /// <summary>Loads the item (404 when missing or out of scope) and the form's choices.</summary>
    private async Task<IActionResult?> LoadAsync(string key, CancellationToken cancellationToken)
    {
        await ReadRightsAsync();
        var scope = StaffScope.From(User);
        if (key != NewKey)
        {
            if (!Guid.TryParse(key, out var id)
                || await workflow.FindAsync(User, ContentItemType.Product, id, cancellationToken) is not { } entry)
            {
                return NotFound();
            }

            Id = id;
            Entry = entry;
        }

        ViewData["Title"] = Entry?.Item.Name ?? Text["Product.New"].Value;
        var producers = await db.Producers.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        Producers = [.. producers.Where(p => scope.Allows(p.Id)).Select(p => (p.Id, p.Name))];
        ProducerOptional = !scope.IsLimited;
        var points = await db.SalesPoints.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        SalesPointChoices = [.. points.Select(s => (s.Id, s.Name))];
        return null;
    }

    private static string FieldOf(string property) => property switch
    {
        "slug" => "Form.Slug",
        "gtin" => "Form.Gtin",
        "producer" => "Form.ProducerId",
        "salesPoints" => "Form.SalesPoints",
        _ => "",
    };

    private enum Intent
    {
        Draft,
        Review,
        Publish,
    }
}
