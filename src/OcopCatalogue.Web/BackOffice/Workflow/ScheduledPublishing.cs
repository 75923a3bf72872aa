namespace OcopCatalogue.Web.BackOffice.Workflow;

/// <summary>
/// Publishes and unpublishes on schedule: once a minute it asks the workflow to run what is due. Time comes from
/// <see cref="TimeProvider"/>, so a test moves a fake clock and calls <see cref="TickAsync"/> instead of waiting.
/// </summary>
public sealed partial class ScheduledPublishing(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduledPublishing> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>Runs the schedules due now; returns how many ran.</summary>
    public async Task<int> TickAsync(CancellationToken cancellationToken = default)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            return await scope.ServiceProvider.GetRequiredService<EditorialWorkflow>()
                .RunDueSchedulesAsync(clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, clock, stoppingToken).ConfigureAwait(false);
                await TickAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One failed round (a locked database, a broken version) must not stop the schedules that follow.
                LogTickFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled publishing failed this round; it tries again in a minute")]
    private partial void LogTickFailed(Exception exception);
}
