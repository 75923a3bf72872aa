namespace OcopCatalogue.Web.BackOffice.SalesPoints;

/// <summary>One photo line of the sales point form: where the image is and its alternative text, kept as typed.</summary>
public sealed class PhotoRow
{
    public string? Path { get; set; }
    public string? Alt { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Path) && string.IsNullOrWhiteSpace(Alt);
}
