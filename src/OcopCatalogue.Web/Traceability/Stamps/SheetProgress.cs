namespace OcopCatalogue.Web.Traceability.Stamps;

/// <summary>How far the making of an order's PDF is: stamps drawn of the order's total.</summary>
public sealed record SheetProgress(int Done, int Total)
{
    public int Percent => Total <= 0 ? 0 : (int)(100L * Done / Total);
}
