namespace OcopCatalogue.Web.BackOffice.Batches;

/// <summary>One laboratory result line of the batch form, kept as typed.</summary>
public sealed class LabTestRow
{
    public string? What { get; set; }
    public string? Laboratory { get; set; }
    public string? TestedOn { get; set; }
    public string? Result { get; set; }

    public bool IsBlank =>
        string.IsNullOrWhiteSpace(What) && string.IsNullOrWhiteSpace(Laboratory) && string.IsNullOrWhiteSpace(TestedOn) && string.IsNullOrWhiteSpace(Result);
}
