using OcopCatalogue.Core.Evaluation;

namespace OcopCatalogue.Web.Evaluation;

/// <summary>
/// What the commune or the advisory group did with a dossier version: returned or asked for more (with reasons),
/// proposed (with the four local findings and the commune's report) or found complete.
/// </summary>
public sealed class ScreeningRecord
{
    public const int MaxTextLength = 4000;

    public Guid Id { get; set; }
    public Guid RegistrationId { get; set; }
    public int DossierVersion { get; set; }
    public EvaluationAction Action { get; set; }
    public string ByUserId { get; set; } = "";
    public string ByName { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string? Reason { get; set; }
    public string? LocalOrigin { get; set; }
    public string? LocalLabour { get; set; }
    public string? IdeaOrigin { get; set; }
    public string? LocalIdentity { get; set; }
    public string? Report { get; set; }
}
