namespace OcopCatalogue.Web.BackOffice.SalesPoints;

/// <summary>
/// One line of dated exceptions in the sales point form: from and to (inclusive), the hours on those days written
/// as "08:00-11:30; 13:30-17:00" (empty: closed), and why. Kept as typed.
/// </summary>
public sealed class DatedHoursRow
{
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Hours { get; set; }
    public string? Note { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(To) && string.IsNullOrWhiteSpace(Hours) && string.IsNullOrWhiteSpace(Note);
}
