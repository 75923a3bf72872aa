using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Web.Traceability;

/// <summary>A certification (VietGAP, HACCP...) covering a batch, in its uSync file.</summary>
public sealed record BatchCertificationFile : IBatchCertificationFields
{
    public string Scheme { get; init; } = "";
    public string? Number { get; init; }
    public string? Issuer { get; init; }
    public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidUntil { get; init; }
}
