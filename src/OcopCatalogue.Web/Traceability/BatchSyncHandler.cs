using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Fields;
using OcopCatalogue.Core.Text;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// Batches (lô hàng) in uSync: <c>batches/{product-slug}-{lot}-{key8}.json</c>, read after products. Events are
/// listed oldest first.
/// </summary>
public sealed class BatchSyncHandler(OcopDbContext db, TimeProvider clock) : SyncHandler<BatchFile, TraceBatch>(db, clock)
{
    public const string FolderName = "batches";

    /// <summary>Characters of the key a batch's file name carries: a product slug and a lot alone are ambiguous
    /// ("kiem-thu" + "XSS-1" and "kiem-thu-xss" + "1"; lots "A.1" and "A-1"), the key is not.</summary>
    public const int KeyLengthInName = 8;

    public override ContentItemType Type => ContentItemType.Batch;

    public override string Folder => FolderName;

    public override int ImportOrder => 500;

    /// <summary>A batch's file: its product's slug, its lot as a slug and the start of its key.</summary>
    public static string FileName(string productSlug, string lotCode, Guid key)
    {
        _ = USyncFileName.Of(FolderName, productSlug);
        var lot = Slug.From(lotCode);
        var keyPart = key.ToString("N")[..KeyLengthInName];
        return lot.Length == 0
            ? $"{FolderName}/{productSlug}-{keyPart}.json"
            : $"{FolderName}/{productSlug}-{lot}-{keyPart}.json";
    }

    public override BatchFile ToFile(TraceBatch entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new()
        {
            Key = entity.Id,
            Product = entity.ProductId,
            LotCode = entity.LotCode,
            IsSample = entity.IsSample,
            ProductionDate = entity.ProductionDate,
            ExpiryDate = entity.ExpiryDate,
            QuantityProduced = entity.QuantityProduced,
            QuantityUnit = entity.QuantityUnit,
            OriginPlace = entity.OriginPlace,
            GrowingAreaCode = entity.GrowingAreaCode,
            Certifications = [.. entity.Certifications.Select(c => new BatchCertificationFile
            {
                Scheme = c.Scheme, Number = c.Number, Issuer = c.Issuer, ValidFrom = c.ValidFrom, ValidUntil = c.ValidUntil,
            })],
            LabTests = [.. entity.LabTests.Select(t => new LabTestFile { What = t.What, Laboratory = t.Laboratory, TestedOn = t.TestedOn, Result = t.Result })],
            Events = [.. entity.Events.Select(e => new TraceEventFile { Step = e.Step, On = e.On, Where = e.Where, ByWhom = e.ByWhom, Note = e.Note, BizStep = e.BizStep })],
            State = entity.State,
        };
    }

    public override void Apply(BatchFile file, TraceBatch entity)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(entity);
        entity.Id = file.Key;
        entity.ProductId = file.Product;
        entity.LotCode = file.LotCode;
        entity.IsSample = file.IsSample;
        entity.ProductionDate = file.ProductionDate;
        entity.ExpiryDate = file.ExpiryDate;
        entity.QuantityProduced = file.QuantityProduced;
        entity.QuantityUnit = file.QuantityUnit;
        entity.OriginPlace = file.OriginPlace;
        entity.GrowingAreaCode = file.GrowingAreaCode;
        entity.Certifications = [.. file.Certifications.Select(c => new BatchCertification
        {
            Scheme = c.Scheme, Number = c.Number, Issuer = c.Issuer, ValidFrom = c.ValidFrom, ValidUntil = c.ValidUntil,
        })];
        entity.LabTests = [.. file.LabTests.Select(t => new LabTest { What = t.What, Laboratory = t.Laboratory, TestedOn = t.TestedOn, Result = t.Result })];
        entity.Events = [.. file.Events.Select(e => new TraceEvent { Step = e.Step, On = e.On, Where = e.Where, ByWhom = e.ByWhom, Note = e.Note, BizStep = e.BizStep })];
        entity.State = file.State;
    }

    public override IEnumerable<(string Property, string Message)> Check(BatchFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return [.. USyncChecks.Key(file.Key), .. Findings(TraceBatchRules.Check(file)), .. USyncChecks.State(file.State)];
    }

    protected override Guid KeyOf(BatchFile file) => file.Key;

    protected override async Task<Func<TraceBatch, string?>> NamesAsync(IReadOnlyCollection<TraceBatch> entities, CancellationToken cancellationToken)
    {
        var slugs = await OwningProduct.SlugsAsync(Db, entities.Select(b => b.ProductId), cancellationToken).ConfigureAwait(false);
        return b => slugs.TryGetValue(b.ProductId, out var slug) ? FileName(slug, b.LotCode, b.Id) : null;
    }

    /// <summary>The product named must be stored, and the lot free among its batches.</summary>
    protected override async Task<bool> CheckStoreAsync(IncomingFile file, BatchFile data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(data);
        if (await OwningProduct.FindAsync(Db, file, data.Product, cancellationToken).ConfigureAwait(false) is not { } product)
        {
            return false;
        }

        var lotOwner = await Db.TraceBatches
            .Where(b => b.ProductId == data.Product && b.LotCode == data.LotCode && b.Id != data.Key)
            .Select(b => (Guid?)b.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (lotOwner is { } owner)
        {
            file.Fail("lotCode", $"product '{product.Slug}' already has lot '{data.LotCode}' ({await DescribeAsync(owner, cancellationToken).ConfigureAwait(false)}).");
            return false;
        }

        return true;
    }

    /// <summary>Events by row ("events[2].on"), the other rows by their list's field ("certifications.scheme").</summary>
    protected override string PropertyOf(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.StartsWith(nameof(BatchFile.Events), StringComparison.Ordinal) ? USyncChecks.Property(field) : USyncChecks.WithoutRows(field);
    }

    protected override string Describe(FieldProblem problem, string propertyPath)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var a = problem.Arguments;
        return (problem.MessageKey, propertyPath) switch
        {
            (FieldMessage.Choose, "product") => "product is missing: give the key of the batch's product.",
            (_, "lotCode") => DigitalLink.QualifierProblem(propertyPath, (string)a[^1]) ?? base.Describe(problem, propertyPath),
            (TraceBatchRules.ExpiryBeforeProduction, _) => $"expiryDate {a[0]:yyyy-MM-dd} is before productionDate {a[1]:yyyy-MM-dd}.",
            (TraceBatchRules.QuantityTooSmall, _) => $"quantityProduced {a[1]} is not a positive number.",
            (TraceBatchRules.CertificationEndsBeforeStart, _) => $"certification '{a[0]}' ends before it starts.",
            (TraceBatchRules.EventOutOfOrder, _) => "events are not in the order they happened; list them oldest first.",
            _ => base.Describe(problem, propertyPath),
        };
    }
}
