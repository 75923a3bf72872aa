namespace OcopCatalogue.Web.Evaluation;

/// <summary>A stored criteria sheet (its file as checked and written by CriteriaSheetSyncHandler), by its code.</summary>
public sealed class EvaluationSheet
{
    public string Code { get; set; } = "";
    public string Json { get; set; } = "";
    public bool IsComplete { get; set; }
    public string Name { get; set; } = "";
    public DateTimeOffset LoadedAt { get; set; }
    public string LoadedBy { get; set; } = "";
}
