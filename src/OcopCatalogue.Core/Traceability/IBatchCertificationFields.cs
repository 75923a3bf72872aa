namespace OcopCatalogue.Core.Traceability;

/// <summary>A certification of a batch (VietGAP, organic) as a file or a form carries it.</summary>
public interface IBatchCertificationFields
{
    string? Scheme { get; }
    DateOnly? ValidFrom { get; }
    DateOnly? ValidUntil { get; }
}
