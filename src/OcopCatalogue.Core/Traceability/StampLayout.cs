namespace OcopCatalogue.Core.Traceability;

/// <summary>
/// How stamps are laid out on an A4 sheet, in whole millimetres: each stamp's width and height, the columns across
/// the sheet and the margin around it. The limits keep the QR code large enough for a phone at arm's length
/// (<see cref="MinQrSide"/>), the margin within what office and label printers can print, and the columns within
/// the sheet.
/// </summary>
public sealed record StampLayout(int WidthMm, int HeightMm, int Columns, int MarginMm)
{
    public const int SheetWidthMm = 210;
    public const int SheetHeightMm = 297;
    public const int MinMarginMm = 5;
    public const int MaxMarginMm = 30;
    public const int MinWidthMm = 25;
    public const int MaxWidthMm = 100;
    public const int MinHeightMm = 35;
    public const int MaxHeightMm = 140;
    public const int MaxColumns = 8;

    /// <summary>Below this a phone's camera struggles with a Digital Link QR of this length.</summary>
    public const int MinQrSide = 20;

    /// <summary>Below the QR: product name, stars, lot and serial.</summary>
    public const int TextBandMm = 15;

    /// <summary>Five stamps a row of 32 × 45 mm in 10 mm margins, 30 a sheet.</summary>
    public static StampLayout Default { get; } = new(32, 45, 5, 10);

    public int RowsPerSheet => Math.Max(0, (SheetHeightMm - (2 * MarginMm)) / HeightMm);

    public int StampsPerSheet => Columns * RowsPerSheet;

    /// <summary>The QR's side: the stamp's width or what the height leaves above the text, whichever is less.</summary>
    public int QrSideMm => Math.Min(WidthMm - 2, HeightMm - TextBandMm - 2);

    /// <summary>The problems of this layout, as resource keys (<c>Stamps.Layout.Error.*</c>); empty when it prints.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (MarginMm is < MinMarginMm or > MaxMarginMm)
        {
            problems.Add("Stamps.Layout.Error.Margin");
        }

        if (WidthMm is < MinWidthMm or > MaxWidthMm)
        {
            problems.Add("Stamps.Layout.Error.Width");
        }

        if (HeightMm is < MinHeightMm or > MaxHeightMm)
        {
            problems.Add("Stamps.Layout.Error.Height");
        }

        if (Columns is < 1 or > MaxColumns)
        {
            problems.Add("Stamps.Layout.Error.Columns");
        }

        if (problems.Count == 0)
        {
            if ((Columns * WidthMm) + (2 * MarginMm) > SheetWidthMm)
            {
                problems.Add("Stamps.Layout.Error.TooWide");
            }

            if (HeightMm + (2 * MarginMm) > SheetHeightMm)
            {
                problems.Add("Stamps.Layout.Error.TooTall");
            }

            if (QrSideMm < MinQrSide)
            {
                problems.Add("Stamps.Layout.Error.QrTooSmall");
            }
        }

        return problems;
    }
}
