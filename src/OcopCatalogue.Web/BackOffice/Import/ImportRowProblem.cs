namespace OcopCatalogue.Web.BackOffice.Import;

/// <summary>Why one row of a province list will not be written. Rule problems of the certificate itself are
/// <see cref="OcopCatalogue.Core.Certification.EvaluationProblem"/>s, reported beside these.</summary>
public enum ImportRowProblem
{
    ProductMissing = 1,
    ProductNameTooLong,
    ProducerNameTooLong,
    AddressTooLong,
    ScoreUnreadable,
    StarsUnreadable,
    DateUnreadable,
    GroupUnreadable,
    /// <summary>The same product and producer appear on an earlier row of the file.</summary>
    DuplicateRow,
    /// <summary>Several producers on the site have this name once folded; the import cannot tell which is meant.</summary>
    ProducerAmbiguous,
    ProductAmbiguous,
    /// <summary>A producer to be created whose legal form (company, cooperative, ...) its name does not show.</summary>
    ProducerKindUnknown,
    /// <summary>A product to be created needs its OCOP group, which this row (or file) does not give.</summary>
    GroupNeededForNewProduct,
    /// <summary>The product holds a certificate with these stars that is valid for months yet; the row differs from it.</summary>
    DiffersFromCertificateInForce,
}
