namespace OcopCatalogue.Web.BackOffice.Batches;

/// <summary>One certification line of the batch form (VietGAP, HACCP...), kept as typed.</summary>
public sealed class CertificationRow
{
    public string? Scheme { get; set; }
    public string? Number { get; set; }
    public string? Issuer { get; set; }
    public string? ValidFrom { get; set; }
    public string? ValidUntil { get; set; }

    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Scheme) && string.IsNullOrWhiteSpace(Number) && string.IsNullOrWhiteSpace(Issuer)
        && string.IsNullOrWhiteSpace(ValidFrom) && string.IsNullOrWhiteSpace(ValidUntil);
}
