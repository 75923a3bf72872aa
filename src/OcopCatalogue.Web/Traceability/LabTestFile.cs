using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Web.Traceability;

/// <summary>A laboratory result of a batch, in its uSync file.</summary>
public sealed record LabTestFile : ILabTestFields
{
    public string What { get; init; } = "";
    public string? Laboratory { get; init; }
    public DateOnly? TestedOn { get; init; }
    public string? Result { get; init; }
}
