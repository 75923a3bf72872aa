using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopCatalogue.Web.Editorial;

namespace OcopCatalogue.Web.BackOffice.Workflow;

/// <summary>Items waiting for an editor, newest request first (within the person's scope).</summary>
public sealed class ReviewQueueModel(EditorialQueries queries) : PageModel
{
    public IReadOnlyList<ReviewRequest> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Requests = await queries.ReviewQueueAsync(User, cancellationToken);
}
