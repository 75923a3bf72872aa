namespace OcopCatalogue.Web.Evaluation;

/// <summary>
/// The central level's decision on one product the province proposed for five stars, as the chair or an editor
/// recorded it: one per registration, never changed. A grant carries the certificate it created.
/// </summary>
public sealed class CentralDecision
{
    public Guid Id { get; set; }
    public Guid RegistrationId { get; set; }
    public string Number { get; set; } = "";
    public DateOnly Date { get; set; }
    /// <summary>The body that signed it, as written on the decision (the site names none itself).</summary>
    public string IssuingBody { get; set; } = "";
    /// <summary>The signed scan's name in the decision-scan store.</summary>
    public string? Scan { get; set; }
    public bool Granted { get; set; }
    /// <summary>The central council's score, when the decision states it (always for a grant).</summary>
    public decimal? Score { get; set; }
    public Guid? CertificateId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";
}
