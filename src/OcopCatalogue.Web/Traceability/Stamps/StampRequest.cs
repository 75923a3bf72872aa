using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Web.Traceability.Stamps;

/// <summary>What a writer fills in to ask for stamps: how many, why, and how the sheets are laid out.</summary>
public sealed class StampRequest
{
    public int Count { get; set; } = 100;
    public string? Reason { get; set; }
    public string? OverQuantityReason { get; set; }
    public int WidthMm { get; set; } = StampLayout.Default.WidthMm;
    public int HeightMm { get; set; } = StampLayout.Default.HeightMm;
    public int Columns { get; set; } = StampLayout.Default.Columns;
    public int MarginMm { get; set; } = StampLayout.Default.MarginMm;

    public StampLayout Layout => new(WidthMm, HeightMm, Columns, MarginMm);
}
