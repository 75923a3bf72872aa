using System.Diagnostics.CodeAnalysis;

namespace OcopCatalogue.Core.SalesPoints;

/// <summary>Hours for a stretch of dates (a holiday) as a file or a form carries them.</summary>
public interface IDatedHoursFields
{
    DateOnly From { get; }
    [SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Named as the file property it reads (and the finding names); no VB code implements it.")]
    DateOnly To { get; }
    IReadOnlyList<IHoursFields> Hours { get; }
    string? Note { get; }
}
