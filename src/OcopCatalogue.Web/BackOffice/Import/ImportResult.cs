namespace OcopCatalogue.Web.BackOffice.Import;

/// <summary>What a confirmed import wrote.</summary>
public sealed record ImportResult(
    int NewCertificates,
    int CompletedCertificates,
    int CreatedProducts,
    int CreatedProducers,
    int Unchanged,
    int Skipped)
{
    public bool ChangedAnything => NewCertificates + CompletedCertificates > 0;
}
