namespace OcopCatalogue.Web.BackOffice.Certificates;

/// <summary>Why an uploaded scan of a signed decision was refused.</summary>
public enum DecisionScanProblem
{
    Empty = 1,
    TooLarge = 2,
    /// <summary>The content is not a PDF, JPEG or PNG, whatever its name says.</summary>
    NotPdfOrImage = 3,
}
