using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OcopCatalogue.Core.Evaluation;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Evaluation;

/// <summary>
/// Takes a step on a registration: asks <see cref="EvaluationSteps"/> whether the role may take it now, stores the
/// new progress with the step's own rows (a dossier version, a screening record, a score) in one save, and writes the
/// audit entry. The caller has checked that the person holds the role for this registration.
/// </summary>
public sealed class RegistrationDesk(OcopDbContext db, AuditTrail audit, CriteriaSheets sheets, IOptions<EvaluationOptions> options, TimeProvider clock)
{
    public const string AuditPrefix = "evaluation.";

    /// <summary>Null when taken; otherwise the refusal in the current language.</summary>
    public async Task<string?> TakeAsync(EvaluationRegistration registration, EvaluationRequest request, ClaimsPrincipal by,
        Action<int>? addRows, string? detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(by);
        var outcome = EvaluationSteps.Take(registration.Progress, request);
        if (!outcome.Allowed)
        {
            return EvaluationTexts.Format(outcome.MessageKey!, CultureInfo.CurrentUICulture, [.. outcome.Arguments]);
        }

        var next = outcome.Next!;
        var moved = next.Step != registration.Step;
        registration.Step = next.Step;
        registration.DossierVersion = next.DossierVersion;
        registration.ScoringRound = next.ScoringRound;
        if (moved)
        {
            registration.StepChangedAt = clock.GetUtcNow();
        }

        addRows?.Invoke(next.DossierVersion);
        var transaction = await db.Database.BeginWriteTransactionAsync(cancellationToken);
        await using (transaction.ConfigureAwait(false))
        {
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(by, AuditPrefix + request.Action, itemId: registration.Id,
                detail: $"{request.Action} -> {next.Step}" + (detail is null ? "" : "; " + detail), ct: cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return null;
    }

    /// <summary>Each member's scoring history for a registration, oldest first.</summary>
    public async Task<Dictionary<string, List<CouncilScoreRecord>>> ScoresAsync(Guid registrationId, CancellationToken cancellationToken) =>
        (await db.Set<CouncilScoreRecord>().AsNoTracking().Where(s => s.RegistrationId == registrationId).ToListAsync(cancellationToken))
            .GroupBy(s => s.MemberId).ToDictionary(g => g.Key, g => g.OrderBy(s => s.Attempt).ToList(), StringComparer.Ordinal);

    /// <summary>The members seated to score in the registration's round.</summary>
    public Task<List<string>> MembersAsync(Guid roundId, CancellationToken cancellationToken) =>
        db.Set<CouncilSeat>().AsNoTracking().Where(s => s.RoundId == roundId && s.Role == EvaluationRole.CouncilMember).Select(s => s.UserId).ToListAsync(cancellationToken);

    /// <summary>The council's result from each seated member's latest sheet.</summary>
    public static CouncilResult Combine(CriteriaSheet sheet, IEnumerable<CouncilScoreRecord> latest, CouncilScoringOptions scoring) =>
        CouncilScoring.Combine(sheet, latest.Select(ToMemberScore), scoring);

    public static MemberScore ToMemberScore(CouncilScoreRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new MemberScore(Guid.TryParse(record.MemberId, out var id) ? id : Guid.Empty, ReadPoints(record.Points), record.SubmittedAt, record.Attempt, record.Reason);
    }

    public static Dictionary<string, decimal> ReadPoints(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, decimal>>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static string WritePoints(IReadOnlyDictionary<string, decimal> points) =>
        JsonSerializer.Serialize(points.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value));

    /// <summary>Closes scoring: combines the seated members' latest sheets and lets the steps decide (all in? spread?).</summary>
    public async Task<string?> CloseScoringAsync(EvaluationRegistration registration, EvaluationRound round, ClaimsPrincipal by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var sheet = await sheets.FindAsync(registration.SheetCode, cancellationToken);
        var members = await MembersAsync(registration.RoundId, cancellationToken);
        var scores = await ScoresAsync(registration.Id, cancellationToken);
        // Each member's latest sheet: in a re-scoring, members who keep their score need not submit again.
        var latest = members.Where(scores.ContainsKey).Select(m => scores[m][^1]).ToList();
        var scoring = options.Value.ScoringFor(round);
        var result = sheet is null || latest.Count == 0 ? new CouncilResult() : Combine(sheet, latest, scoring);
        var request = new EvaluationRequest(EvaluationAction.CloseScoring, EvaluationRole.Secretary)
        {
            Scoring = new ScoringProgress(members.Count, latest.Count, result.NeedsDiscussion),
        };
        return await TakeAsync(registration, request, by, _ =>
        {
            registration.Score = result.Score;
            registration.Stars = result.Stars;
            registration.Spread = result.Members > 0 ? result.Spread : null;
            registration.ProposeToCentral = result.ProposeToCentral;
        }, $"score {result.Score?.ToString(CultureInfo.InvariantCulture)}; spread {result.Spread.ToString(CultureInfo.InvariantCulture)}", cancellationToken);
    }
}
