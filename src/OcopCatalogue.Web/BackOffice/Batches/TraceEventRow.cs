namespace OcopCatalogue.Web.BackOffice.Batches;

/// <summary>One step of the batch form's timeline (what, when, where, by whom, a note), kept as typed.</summary>
public sealed class TraceEventRow
{
    public string? Step { get; set; }
    public string? On { get; set; }
    public string? Where { get; set; }
    public string? ByWhom { get; set; }
    public string? Note { get; set; }
    /// <summary>An imported step's EPCIS business step, carried through the form unchanged (a hidden field).</summary>
    public string? BizStep { get; set; }

    /// <summary>A line with nothing typed is unused, whatever step its menu shows.</summary>
    public bool IsBlank =>
        string.IsNullOrWhiteSpace(On) && string.IsNullOrWhiteSpace(Where) && string.IsNullOrWhiteSpace(ByWhom) && string.IsNullOrWhiteSpace(Note);
}
