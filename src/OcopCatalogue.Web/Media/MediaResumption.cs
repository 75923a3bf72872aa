using OcopCatalogue.Web.Cluster;
using OcopCatalogue.Web.Operations;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.Media;

/// <summary>
/// Finishes photos whose processing was cut off. An upload is stored (its original and its row, Processing) before
/// libvips renders it, so a crash, a deploy or a stop in between would leave a photo that the library lists as
/// processing forever and no page may show, although the staff member's upload is safe on disk. At start this
/// renders again every photo still Processing that was uploaded before the start (none can be in progress then);
/// after that, every <see cref="SweepEvery"/>, those still Processing <see cref="StuckAfter"/> after their upload
/// (cut off on another server sharing the database).
/// </summary>
public sealed partial class MediaResumption(IServiceScopeFactory scopes, TimeProvider clock, JobLeases leases, SiteMetrics metrics, ILogger<MediaResumption> logger)
    : RecurringWork(SweepEvery, clock, leases, metrics, logger)
{
    public static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(10);

    /// <summary>Far beyond an upload's longest processing (ten libvips runs, each stopped at its timeout).</summary>
    public static readonly TimeSpan StuckAfter = TimeSpan.FromMinutes(30);

    private readonly DateTimeOffset _startedAt = clock.GetUtcNow();

    protected override async Task RunRoundAsync(bool atStart, CancellationToken stoppingToken)
    {
        var uploadedBefore = atStart ? _startedAt : Clock.GetUtcNow() - StuckAfter;
        await using var scope = scopes.CreateAsyncScope();
        var finished = await scope.ServiceProvider.GetRequiredService<MediaLibrary>().ResumeProcessingAsync(uploadedBefore, stoppingToken).ConfigureAwait(false);
        if (finished > 0)
        {
            LogResumed(logger, finished);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} photos whose processing was cut off are finished")]
    private static partial void LogResumed(ILogger logger, int count);
}
