namespace OcopCatalogue.Core.Traceability;

/// <summary>One step in a batch's timeline: what happened, when, where and by whom.</summary>
public sealed class TraceEvent
{
    public TraceStep Step { get; set; }
    public DateOnly On { get; set; }
    public string? Where { get; set; }
    public string? ByWhom { get; set; }
    public string? Note { get; set; }
}
