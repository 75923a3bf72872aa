namespace OcopCatalogue.Web.Evaluation;

/// <summary>A criteria sheet staff loaded (the file's bytes as checked by CriteriaSheetFile), by its code.</summary>
public sealed class EvaluationSheet
{
    public string Code { get; set; } = "";
    public string Json { get; set; } = "";
    public bool IsComplete { get; set; }
    public string Name { get; set; } = "";
    public DateTimeOffset LoadedAt { get; set; }
    public string LoadedBy { get; set; } = "";
}
