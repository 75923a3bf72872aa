namespace OcopCatalogue.Web.Traceability.Epcis;

/// <summary>
/// What <see cref="EpcisImport.Read"/> made of an uploaded EPCIS document: the timeline steps it carries for the
/// batch and how many events were left aside, or the reason the whole document is refused (a resource key of the
/// back office's text and its arguments), in which case nothing of it may be stored.
/// </summary>
public sealed record EpcisReading(IReadOnlyList<TraceEventFile> Events, int Skipped, string? Problem = null, IReadOnlyList<object>? Arguments = null)
{
    public bool IsRefused => Problem is not null;

    public static EpcisReading Refused(string problem, params object[] arguments) => new([], 0, problem, arguments);
}
