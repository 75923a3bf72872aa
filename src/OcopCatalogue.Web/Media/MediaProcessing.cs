namespace OcopCatalogue.Web.Media;

/// <summary>How rendering an original went.</summary>
/// <param name="Error">For staff and the log when it failed; null on success.</param>
/// <param name="PeakResidentKilobytes">The largest resident memory of one processor run, when known.</param>
/// <param name="Runs">How many processor runs it took.</param>
public sealed record MediaProcessing(bool Succeeded, string? Error, TimeSpan Elapsed, long? PeakResidentKilobytes, int Runs)
{
    public static MediaProcessing Failed(string error, TimeSpan elapsed, long? peak = null, int runs = 0) => new(false, error, elapsed, peak, runs);
}
