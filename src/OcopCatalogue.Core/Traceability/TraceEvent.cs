namespace OcopCatalogue.Core.Traceability;

/// <summary>One step in a batch's timeline: what happened, when, where and by whom.</summary>
public sealed class TraceEvent
{
    public TraceStep Step { get; set; }
    public DateOnly On { get; set; }
    public string? Where { get; set; }
    public string? ByWhom { get; set; }
    public string? Note { get; set; }
    /// <summary>For <see cref="TraceStep.Other"/>: the EPCIS business step as the document named it (a CBV word or a URI).</summary>
    public string? BizStep { get; set; }
}
