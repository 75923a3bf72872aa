using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopCatalogue.Web.Editorial;

namespace OcopCatalogue.Web.BackOffice.Workflow;

/// <summary>
/// Items waiting for an editor, newest request first (within the person's scope); with <c>?xem=hen-gio</c>, the
/// versions scheduled to be published instead, soonest first.
/// </summary>
public sealed class ReviewQueueModel(EditorialQueries queries) : PageModel
{
    public const string ViewParameter = "xem";
    public const string ScheduledView = "hen-gio";

    /// <summary>The list of scheduled publishes.</summary>
    public const string ScheduledPath = "/backoffice/duyet?" + ViewParameter + "=" + ScheduledView;

    public IReadOnlyList<ReviewRequest> Requests { get; private set; } = [];

    public IReadOnlyList<ScheduledPublish> Scheduled { get; private set; } = [];

    public bool ShowsScheduled { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = ViewParameter)] string? view, CancellationToken cancellationToken)
    {
        ShowsScheduled = view == ScheduledView;
        if (ShowsScheduled)
        {
            Scheduled = await queries.ScheduledPublishesAsync(User, cancellationToken);
        }
        else
        {
            Requests = await queries.ReviewQueueAsync(User, cancellationToken);
        }
    }
}
