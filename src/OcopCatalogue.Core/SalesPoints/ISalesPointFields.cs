using System.Diagnostics.CodeAnalysis;
using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.Core.SalesPoints;

/// <summary>A sales point's fields as its file (or an edit form's draft of it) carries them, for <see cref="SalesPointRules"/>.</summary>
public interface ISalesPointFields : IPlaceFields
{
    string? Slug { get; }
    string? Name { get; }
    SalesPointKind Kind { get; }
    [SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Named as the file property it reads (and the finding names); no VB code implements it.")]
    string? Operator { get; }
    string? OpeningHours { get; }
    IScheduleFields? Schedule { get; }
    string? Phone { get; }
    string? Description { get; }
    IReadOnlyList<IPhotoFields> Photos { get; }
    string? Source { get; }
    string? NameEn { get; }
    string? DescriptionEn { get; }
}
