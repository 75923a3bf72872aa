using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// The uSync file of one batch (lô hàng) of a product: <c>uSync/batches/{product-slug}-{lot}.json</c>. Events are
/// listed in the order they happened.
/// </summary>
public sealed record BatchFile : ITraceBatchFields
{
    public Guid Key { get; init; }
    /// <summary>Key of the product.</summary>
    public Guid Product { get; init; }
    public string LotCode { get; init; } = "";
    /// <summary>True for example content: the scan page then says "Lô hàng mẫu".</summary>
    public bool IsSample { get; init; }
    public DateOnly? ProductionDate { get; init; }
    public DateOnly? ExpiryDate { get; init; }
    public int? QuantityProduced { get; init; }
    public string? QuantityUnit { get; init; }
    public string? OriginPlace { get; init; }
    public string? GrowingAreaCode { get; init; }
    public IReadOnlyList<BatchCertificationFile> Certifications { get; init; } = [];
    public IReadOnlyList<LabTestFile> LabTests { get; init; } = [];
    public IReadOnlyList<TraceEventFile> Events { get; init; } = [];
    /// <summary>Published when the file leaves it out (files written before batches had a workflow).</summary>
    public PublicationState State { get; init; } = PublicationState.Published;

    IReadOnlyList<IBatchCertificationFields> ITraceBatchFields.Certifications => Certifications;

    IReadOnlyList<ILabTestFields> ITraceBatchFields.LabTests => LabTests;

    IReadOnlyList<ITraceEventFields> ITraceBatchFields.Events => Events;
}
