namespace OcopCatalogue.Core.Traceability;

/// <summary>A laboratory result for a batch: what was tested, by whom, when, and what was found.</summary>
public sealed class LabTest
{
    public string What { get; set; } = "";
    public string? Laboratory { get; set; }
    public DateOnly? TestedOn { get; set; }
    public string? Result { get; set; }
}
