namespace OcopCatalogue.Web.BackOffice.Import;

/// <summary>What confirming the import will do with one row.</summary>
public enum ImportRowOutcome
{
    /// <summary>The product already has this certificate: nothing is written.</summary>
    Unchanged = 1,
    /// <summary>A new certificate record is added to the product's history (creating the product and producer if needed).</summary>
    NewCertificate = 2,
    /// <summary>The row publishes facts (decision number, date, score) missing from the matching record, which are filled in.</summary>
    CompletesCertificate = 3,
    /// <summary>The row has problems and is left out.</summary>
    Skipped = 4,
}
