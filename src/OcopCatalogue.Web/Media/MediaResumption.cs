namespace OcopCatalogue.Web.Media;

/// <summary>
/// Finishes photos whose processing was cut off. An upload is stored (its original and its row, Processing) before
/// libvips renders it, so a crash, a deploy or a stop in between would leave a photo that the library lists as
/// processing forever and no page may show, although the staff member's upload is safe on disk. At start this
/// renders again every photo still Processing that was uploaded before the start (none can be in progress then);
/// after that, every <see cref="SweepEvery"/>, those still Processing <see cref="StuckAfter"/> after their upload
/// (cut off on another server sharing the database).
/// </summary>
public sealed partial class MediaResumption : BackgroundService
{
    public static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(10);

    /// <summary>Far beyond an upload's longest processing (ten libvips runs, each stopped at its timeout).</summary>
    public static readonly TimeSpan StuckAfter = TimeSpan.FromMinutes(30);

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ILogger<MediaResumption> _logger;
    private readonly DateTimeOffset _startedAt;
    private readonly PeriodicTimer _timer;
    private readonly TaskCompletionSource _firstRun = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public MediaResumption(IServiceScopeFactory scopes, TimeProvider clock, ILogger<MediaResumption> logger)
    {
        _scopes = scopes;
        _clock = clock;
        _logger = logger;
        _startedAt = clock.GetUtcNow();
        _timer = new PeriodicTimer(SweepEvery, clock);
    }

    /// <summary>Completes once the sweep at start has run, successfully or not.</summary>
    public Task FirstRun => _firstRun.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var uploadedBefore = _startedAt;
        do
        {
            try
            {
                await using var scope = _scopes.CreateAsyncScope();
                var finished = await scope.ServiceProvider.GetRequiredService<MediaLibrary>().ResumeProcessingAsync(uploadedBefore, stoppingToken);
                if (finished > 0)
                {
                    LogResumed(_logger, finished);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The photos stay Processing and safe on disk; the next sweep tries again.
                LogFailed(_logger, e);
            }
            finally
            {
                _firstRun.TrySetResult();
            }

            uploadedBefore = _clock.GetUtcNow() - StuckAfter;
        }
        while (await _timer.WaitForNextTickAsync(stoppingToken));
    }

    public override void Dispose()
    {
        _timer.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} photos whose processing was cut off are finished")]
    private static partial void LogResumed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Finishing photos whose processing was cut off failed; the next sweep tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
