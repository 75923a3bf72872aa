using System.Diagnostics.CodeAnalysis;

namespace OcopCatalogue.Core.Traceability;

/// <summary>A step of a batch's timeline as a file or a form carries it.</summary>
public interface ITraceEventFields
{
    [SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Named as the file property it reads (and the finding names); no VB code implements it.")]
    TraceStep Step { get; }
    [SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Named as the file property it reads (and the finding names); no VB code implements it.")]
    DateOnly On { get; }
}
