using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice.Editing;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Web.BackOffice.Batches;

/// <summary>
/// A new batch (<c>/backoffice/lo-hang/moi</c>, optionally <c>?san-pham={id}</c>) or an existing one by id: the form
/// with its timeline rows and the workflow's buttons. A producer-limited writer chooses among their producers'
/// products only, and gets 404 for any other batch.
/// </summary>
public sealed class BatchEditModel(EditPageServices services, BatchContent batches, OcopDbContext db)
    : ContentEditPage<BatchForm, BatchFile>(services, batches)
{
    /// <summary>Rows a new batch's timeline starts with: the usual harvest, processing and packing.</summary>
    private static readonly TraceStep[] FirstSteps = [TraceStep.Harvesting, TraceStep.Processing, TraceStep.Packing];

    public IReadOnlyList<(Guid Id, string Name, string? Gtin)> Products { get; private set; } = [];

    /// <summary>The product a new batch is for, chosen ahead on the product's page.</summary>
    [BindProperty(SupportsGet = true, Name = "san-pham")]
    public string? ProductAhead { get; set; }

    /// <summary>The batch's stamp address when it is public and its product has a GTIN: the scan page and the label sheet.</summary>
    public string? ScanPath => Entry is { Status.IsLive: true } entry ? batches.PublicPath(entry.Item.Slug) : null;

    protected override string NewTitleKey => "Batches.New";

    /// <summary>Whose batch it is, and so whether it is in the person's scope, comes from its product.</summary>
    protected override IReadOnlyList<(string FileProperty, string FormProperty)> FileFields { get; } =
    [
        (nameof(BatchFile.Product), nameof(BatchForm.ProductId)),
        (EditorialDrafts.ProducerField, nameof(BatchForm.ProductId)),
        (nameof(BatchFile.LotCode), nameof(BatchForm.LotCode)),
    ];

    /// <summary>A product chosen ahead or the only one this person may choose; anything else is left to them.</summary>
    protected override BatchForm NewForm()
    {
        var form = new BatchForm { Events = [.. FirstSteps.Select(s => new TraceEventRow { Step = s.ToString() })] };
        if (Guid.TryParse(ProductAhead, out var chosen) && Products.Any(p => p.Id == chosen))
        {
            form.ProductId = chosen.ToString();
        }
        else if (Products.Count == 1)
        {
            form.ProductId = Products[0].Id.ToString();
        }

        return form;
    }

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var scope = StaffScope.From(User);
        var products = await db.Products.AsNoTracking().Select(p => new { p.Id, p.Name, p.Gtin, p.ProducerId }).ToListAsync(cancellationToken);
        Products = [.. products.Where(p => scope.Allows(p.ProducerId))
            .OrderBy(p => p.Name, StringComparer.Create(new CultureInfo("vi-VN"), ignoreCase: true))
            .Select(p => (p.Id, p.Name, p.Gtin))];
    }

    /// <summary>Only products offered in the form: another producer's product is "not found" rather than "not yours".</summary>
    protected override Task CheckFormAsync(BatchFile original, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(Form.ProductId, out var productId) && Products.All(p => p.Id != productId))
        {
            AddProblems([new(nameof(BatchForm.ProductId), "Batches.Problem.UnknownProduct")], nameof(Form));
        }

        return Task.CompletedTask;
    }

    protected override Task<BatchFile> ToFileAsync(BatchFile original, Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Form.ToFile(original));
}
