namespace OcopCatalogue.Web.Media;

/// <summary>How a run of <see cref="IsolatedProcess"/> ended.</summary>
/// <param name="ExitCode">Null when it was killed for taking too long.</param>
/// <param name="Errors">The beginning of what it wrote to standard error.</param>
/// <param name="Output">The beginning of what it wrote to standard output.</param>
/// <param name="PeakResidentKilobytes">Highest resident memory seen (VmHWM), null when /proc could not tell.</param>
public sealed record IsolatedRun(int? ExitCode, bool TimedOut, string Errors, string Output, TimeSpan Elapsed, long? PeakResidentKilobytes)
{
    public bool Succeeded => ExitCode == 0 && !TimedOut;
}
