using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Editorial;

namespace OcopCatalogue.Core.Traceability;

/// <summary>
/// One batch (lô hàng) of a product: what a stamp with <c>/10/{lot}</c> stands for. Its timeline follows GS1 EPCIS in
/// spirit: what happened, when, where and by whom, in order.
/// </summary>
public sealed class TraceBatch : IEditorialRecord
{
    /// <summary>Stable key, shared with the uSync file of this batch.</summary>
    public Guid Id { get; set; }
    public Guid ProductId { get; set; }
    /// <summary>The batch or lot number as printed (GS1 AI 10: up to 20 characters of set 82).</summary>
    public string LotCode { get; set; } = "";
    public DateOnly? ProductionDate { get; set; }
    public DateOnly? ExpiryDate { get; set; }
    public int? QuantityProduced { get; set; }
    /// <summary>The unit of <see cref="QuantityProduced"/> as printed: chai, hộp, kg.</summary>
    public string? QuantityUnit { get; set; }
    /// <summary>Where the raw material comes from, as a place name.</summary>
    public string? OriginPlace { get; set; }
    /// <summary>The growing-area code (mã số vùng trồng) when the raw material has one.</summary>
    public string? GrowingAreaCode { get; set; }
    /// <summary>Example content, not facts about a real batch: the page says so.</summary>
    public bool IsSample { get; set; }
    public List<BatchCertification> Certifications { get; set; } = [];
    public List<LabTest> LabTests { get; set; } = [];
    /// <summary>In the order they happened.</summary>
    public List<TraceEvent> Events { get; set; } = [];
    /// <summary>Only a published batch answers a scan; a batch written in the back office starts as a hidden draft.</summary>
    public PublicationState State { get; set; } = PublicationState.Published;
    public DateTimeOffset UpdatedAt { get; set; }
}
