namespace OcopCatalogue.Web.Evaluation;

/// <summary>One submission of a dossier; a supplement is a new version, an earlier one is never changed.</summary>
public sealed class DossierVersion
{
    public Guid Id { get; set; }
    public Guid RegistrationId { get; set; }
    public int Version { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public string SubmittedBy { get; set; } = "";
    /// <summary>The self-assessment as submitted (JSON: criterion code to points).</summary>
    public string SelfAssessment { get; set; } = "{}";
}
