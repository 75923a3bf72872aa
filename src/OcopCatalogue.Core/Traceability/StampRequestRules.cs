namespace OcopCatalogue.Core.Traceability;

/// <summary>
/// What a request for stamps must say. At most <see cref="MaxCount"/> at a time (a print run, and what one approval
/// should cover); a reason always, of at most <see cref="MaxReasonLength"/> characters; and stamps beyond the batch's
/// declared quantity only with a reason that says why (reprints of damaged rolls, a quantity corrected later), since
/// spare codes are what a copier would want.
/// </summary>
public static class StampRequestRules
{
    public const int MinCount = 1;
    public const int MaxCount = 100_000;
    public const int MaxReasonLength = 500;

    /// <summary>The problems of a request, as resource keys (<c>Stamps.Error.*</c>); empty when it may be sent for approval.</summary>
    /// <param name="count">Stamps asked for.</param>
    /// <param name="reason">Why, as typed.</param>
    /// <param name="alreadyRequested">Stamps of the batch issued or awaiting approval, not revoked.</param>
    /// <param name="quantityProduced">The batch's declared quantity, when known.</param>
    /// <param name="overQuantityReason">Why more stamps than packs are needed, as typed.</param>
    public static IReadOnlyList<string> Problems(int count, string? reason, long alreadyRequested, int? quantityProduced, string? overQuantityReason)
    {
        var problems = new List<string>();
        if (count is < MinCount or > MaxCount)
        {
            problems.Add("Stamps.Error.Count");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            problems.Add("Stamps.Error.ReasonMissing");
        }
        else if (reason.Trim().Length > MaxReasonLength)
        {
            problems.Add("Stamps.Error.ReasonTooLong");
        }

        if (ExceedsQuantity(count, alreadyRequested, quantityProduced))
        {
            if (string.IsNullOrWhiteSpace(overQuantityReason))
            {
                problems.Add("Stamps.Error.OverQuantityReasonMissing");
            }
            else if (overQuantityReason.Trim().Length > MaxReasonLength)
            {
                problems.Add("Stamps.Error.ReasonTooLong");
            }
        }

        return problems;
    }

    /// <summary>Whether the batch would have more live stamps than its declared quantity.</summary>
    public static bool ExceedsQuantity(int count, long alreadyRequested, int? quantityProduced) =>
        quantityProduced is { } quantity && alreadyRequested + Math.Max(count, 0) > quantity;
}
