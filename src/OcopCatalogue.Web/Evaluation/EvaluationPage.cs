using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Evaluation;

/// <summary>What every evaluation page shares: the content store and who the signed-in person is in the process.</summary>
public abstract class EvaluationPage(OcopDbContext db) : PageModel
{
    protected OcopDbContext Db { get; } = db;

    public EvaluationViewer Viewer { get; private set; } = null!;

    protected async Task LoadViewerAsync(CancellationToken cancellationToken) =>
        Viewer = await EvaluationViewer.LoadAsync(User, Db, cancellationToken);

    /// <summary>Step names in the page's language.</summary>
    public static string StepKey(Core.Evaluation.EvaluationStep step) => "Evaluation.StepName." + step;
}
