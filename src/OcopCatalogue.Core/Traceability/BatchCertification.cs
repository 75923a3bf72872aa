namespace OcopCatalogue.Core.Traceability;

/// <summary>A certification that covers a batch (VietGAP, GlobalGAP, HACCP, ISO 22000, organic...).</summary>
public sealed class BatchCertification
{
    /// <summary>The scheme's name as written on the certificate.</summary>
    public string Scheme { get; set; } = "";
    public string? Number { get; set; }
    public string? Issuer { get; set; }
    public DateOnly? ValidFrom { get; set; }
    /// <summary>The last day the certification is valid.</summary>
    public DateOnly? ValidUntil { get; set; }

    public bool IsValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && ValidUntil is { } until && day <= until;
}
