namespace OcopCatalogue.Core.Traceability;

/// <summary>
/// When an issued stamp was first checked and how many times since: a stamp checked many times before it was sold
/// was copied. Counted in memory and written now and then, as the scan tallies are.
/// </summary>
public sealed class StampCheck
{
    public Guid BatchId { get; set; }
    public long SerialValue { get; set; }
    public DateTimeOffset FirstCheckedAt { get; set; }
    public long Count { get; set; }
}
