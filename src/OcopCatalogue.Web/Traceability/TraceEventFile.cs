using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Web.Traceability;

/// <summary>One step of a batch's timeline, in its uSync file.</summary>
public sealed record TraceEventFile : ITraceEventFields
{
    public TraceStep Step { get; init; }
    public DateOnly On { get; init; }
    public string? Where { get; init; }
    public string? ByWhom { get; init; }
    public string? Note { get; init; }
    /// <summary>For <see cref="TraceStep.Other"/>: the EPCIS business step as an imported document named it.</summary>
    public string? BizStep { get; init; }
}
