using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Evaluation;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Evaluation;

/// <summary>
/// The secretary's view of a round: for each product, which seated members have submitted. Totals appear only once a
/// product's scoring is closed, so the page never tells anyone a colleague's score early.
/// </summary>
public sealed class ProgressModel(OcopDbContext db, RoundResults results) : EvaluationPage(db)
{
    public RoundResults.Results Results { get; private set; } = null!;

    /// <summary>The central result of each proposed product that has one: granted or not.</summary>
    public Dictionary<Guid, bool> Central { get; private set; } = [];

    /// <summary>Products proposed to the central level that wait for its result.</summary>
    public int ProposedToCentral => Results.Rows.Count(r => CentralProposalRules.AwaitsCentral(r.Registration.Step, r.Registration.ProposeToCentral, Central.ContainsKey(r.Registration.Id)));

    public async Task<IActionResult> OnGetAsync(Guid roundId, CancellationToken cancellationToken)
    {
        await LoadViewerAsync(cancellationToken);
        if (!(Viewer.IsManager || Viewer.HasSeat(roundId, EvaluationRole.Secretary) || Viewer.HasSeat(roundId, EvaluationRole.Chair)))
        {
            return NotFound();
        }

        var loaded = await results.LoadAsync(roundId, withSheets: false, cancellationToken);
        if (loaded is null)
        {
            return NotFound();
        }

        Results = loaded;
        Central = await Db.Set<CentralDecision>().AsNoTracking()
            .Where(d => Db.Set<EvaluationRegistration>().Any(r => r.RoundId == roundId && r.Id == d.RegistrationId))
            .ToDictionaryAsync(d => d.RegistrationId, d => d.Granted, cancellationToken);
        return Page();
    }

    public static bool Closed(EvaluationStep step) => step is EvaluationStep.DiscussionFlagged or EvaluationStep.Scored or EvaluationStep.Decided;
}
