using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Evaluation;

/// <summary>The evaluation rounds; staff who manage rounds open one here.</summary>
public sealed class RoundsModel(OcopDbContext db, AuditTrail audit, TimeProvider clock) : EvaluationPage(db)
{
    public List<EvaluationRound> Rounds { get; private set; } = [];

    [BindProperty]
    public RoundInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadViewerAsync(cancellationToken);
        Input.Year = VietnamTime.Today(clock).Year;
        Rounds = await ListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadViewerAsync(cancellationToken);
        if (!Viewer.IsManager)
        {
            return Forbid();
        }

        if (Input.SpreadLimit is { } limit && (limit <= 0 || limit > 100))
        {
            ModelState.AddModelError("Input.SpreadLimit", "0 < spread <= 100");
        }

        if (!ModelState.IsValid)
        {
            Rounds = await ListAsync(cancellationToken);
            return Page();
        }

        var round = new EvaluationRound
        {
            Id = Guid.NewGuid(),
            Year = Input.Year,
            Level = IssuingLevel.Province,
            Name = Input.Name!.Trim(),
            SubmissionDeadline = Input.SubmissionDeadline,
            ScreeningDeadline = Input.ScreeningDeadline,
            ScoringDeadline = Input.ScoringDeadline,
            SpreadLimit = Input.SpreadLimit,
            CreatedAt = clock.GetUtcNow(),
        };
        Db.Add(round);
        await Db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(User, RegistrationDesk.AuditPrefix + "round-opened", itemId: round.Id, detail: $"{round.Year} {round.Name}", ct: cancellationToken);
        return Redirect($"/backoffice/danh-gia/dot/{round.Id}");
    }

    private Task<List<EvaluationRound>> ListAsync(CancellationToken cancellationToken) =>
        Db.Set<EvaluationRound>().AsNoTracking().OrderByDescending(r => r.Year).ThenBy(r => r.Name).ToListAsync(cancellationToken);

    /// <summary>The form to open a round.</summary>
    public sealed class RoundInput
    {
        [Range(2019, 2100)]
        public int Year { get; set; }

        [Required, StringLength(EvaluationRound.MaxNameLength)]
        public string? Name { get; set; }

        public DateOnly? SubmissionDeadline { get; set; }

        public DateOnly? ScreeningDeadline { get; set; }

        public DateOnly? ScoringDeadline { get; set; }

        /// <summary>Checked in the handler: a decimal range attribute parses its limits in the request's culture.</summary>
        public decimal? SpreadLimit { get; set; }
    }
}
