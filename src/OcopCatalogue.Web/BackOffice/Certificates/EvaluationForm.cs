namespace OcopCatalogue.Web.BackOffice.Certificates;

/// <summary>
/// A decision as typed on the form. Everything is text so that whatever was typed comes back on a validation error
/// exactly as typed (a score of "85,2" is not re-read by the request culture, a half-typed date is not lost).
/// </summary>
public sealed class EvaluationForm
{
    public string? Kind { get; set; }
    public string? Score { get; set; }
    public string? Level { get; set; }
    public string? DecisionNumber { get; set; }
    public string? DecisionDate { get; set; }
    public string? Note { get; set; }
    public IFormFile? Scan { get; set; }
}
