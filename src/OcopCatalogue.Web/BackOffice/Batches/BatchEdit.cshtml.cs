using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice.Editing;
using OcopCatalogue.Web.BackOffice.Workflow;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Web.BackOffice.Batches;

/// <summary>
/// A new batch (<c>/backoffice/lo-hang/moi</c>, optionally <c>?san-pham={id}</c>) or an existing one by id: the form
/// with its timeline rows and the workflow's buttons. A producer-limited writer chooses among their producers'
/// products only, and gets 404 for any other batch.
/// </summary>
public sealed class BatchEditModel(
    EditorialWorkflow workflow,
    BatchContent batches,
    OcopDbContext db,
    IAuthorizationService authorization,
    IStringLocalizer<BackOfficeText> text) : EditorialEditPage(workflow, batches, authorization, text)
{
    /// <summary>Rows a new batch's timeline starts with: the usual harvest, processing and packing.</summary>
    private static readonly TraceStep[] FirstSteps = [TraceStep.Harvesting, TraceStep.Processing, TraceStep.Packing];

    [BindProperty]
    public BatchForm Form { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name, string? Gtin)> Products { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string key, [FromQuery(Name = "san-pham")] string? product, CancellationToken cancellationToken)
    {
        if (await LoadAsync(key, cancellationToken) is { } missing)
        {
            return missing;
        }

        if (Entry is not null)
        {
            Form = BatchForm.From(batches.Read(Entry.WorkingSnapshot));
            return Page();
        }

        Form = new BatchForm { Events = [.. FirstSteps.Select(s => new TraceEventRow { Step = s.ToString() })] };
        // A product chosen ahead (from its page) or the only one this person may choose; anything else is left to them.
        if (Guid.TryParse(product, out var chosen) && Products.Any(p => p.Id == chosen))
        {
            Form.ProductId = chosen.ToString();
        }
        else if (Products.Count == 1)
        {
            Form.ProductId = Products[0].Id.ToString();
        }

        return Page();
    }

    /// <summary>A row button: the same form back with a row added, removed or moved; nothing is saved.</summary>
    public async Task<IActionResult> OnPostRowAsync(string key, string? row, CancellationToken cancellationToken)
    {
        if (await LoadAsync(key, cancellationToken) is { } missing)
        {
            return missing;
        }

        // The fields are drawn from the form as it now is, not from what was posted for the old row positions.
        ModelState.Clear();
        if (RowAction.Parse(row) is { } action)
        {
            Form.Apply(action);
        }

        ViewData["Unsaved"] = true;
        return Page();
    }

    /// <summary>The batch's stamp address when it is public and its product has a GTIN: the scan page and the label sheet.</summary>
    public string? ScanPath => Entry is { Status.IsLive: true } entry ? batches.PublicPath(entry.Item.Slug) : null;

    protected override async Task<IActionResult> SaveAsync(string key, EditIntent intent, CancellationToken cancellationToken)
    {
        if (await LoadAsync(key, cancellationToken) is { } missing)
        {
            return missing;
        }

        var problems = Form.Problems().ToList();
        // Only products offered in the form: another producer's product is "not found" rather than "not yours".
        if (Guid.TryParse(Form.ProductId, out var productId) && Products.All(p => p.Id != productId))
        {
            problems.Add(new FormProblem("ProductId", "Batches.Problem.UnknownProduct"));
        }

        AddProblems(problems, nameof(Form));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var id = Id ?? Guid.NewGuid();
        var original = Entry is null ? new BatchFile { Key = id, State = PublicationState.Draft } : batches.Read(Entry.WorkingSnapshot);
        var file = Form.ToFile(original);
        AddFileProblems(batches.Sync.Check(file));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await batches.ProductAsync(file.Product, cancellationToken);
        return await StoreAsync(id, batches.Write(file), intent, Form.Note, FieldOf, cancellationToken);
    }

    private async Task<IActionResult?> LoadAsync(string key, CancellationToken cancellationToken)
    {
        if (await FindItemAsync(key, cancellationToken) is { } missing)
        {
            return missing;
        }

        ViewData["Title"] = Entry?.Item.Name ?? Text["Batches.New"].Value;
        var scope = StaffScope.From(User);
        var products = await db.Products.AsNoTracking().Select(p => new { p.Id, p.Name, p.Gtin, p.ProducerId }).ToListAsync(cancellationToken);
        Products = [.. products.Where(p => scope.Allows(p.ProducerId))
            .OrderBy(p => p.Name, StringComparer.Create(new CultureInfo("vi-VN"), ignoreCase: true))
            .Select(p => (p.Id, p.Name, p.Gtin))];
        return null;
    }

    private static string FieldOf(string property) => property switch
    {
        "product" or "producer" => "Form.ProductId",
        "lotCode" => "Form.LotCode",
        _ => "",
    };
}
