namespace OcopCatalogue.Core.Traceability;

/// <summary>A batch's fields as its file (or an edit form's draft of it) carries them, for <see cref="TraceBatchRules"/>.</summary>
public interface ITraceBatchFields
{
    /// <summary>The key of the batch's product.</summary>
    Guid Product { get; }
    string? LotCode { get; }
    DateOnly? ProductionDate { get; }
    DateOnly? ExpiryDate { get; }
    int? QuantityProduced { get; }
    string? QuantityUnit { get; }
    string? OriginPlace { get; }
    string? GrowingAreaCode { get; }
    IReadOnlyList<IBatchCertificationFields> Certifications { get; }
    IReadOnlyList<ILabTestFields> LabTests { get; }
    IReadOnlyList<ITraceEventFields> Events { get; }
}
