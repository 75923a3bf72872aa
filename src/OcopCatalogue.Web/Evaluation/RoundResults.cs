using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OcopCatalogue.Core.Evaluation;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Evaluation;

/// <summary>
/// A round's registrations with each seated member's latest sheet, read in a few statements for the secretary's
/// progress page, the minutes and the result list (no statement per product).
/// </summary>
public sealed class RoundResults(OcopDbContext db, IOptions<EvaluationOptions> options)
{
    /// <summary>One product of the round as the minutes show it.</summary>
    public sealed record Row(
        EvaluationRegistration Registration, string ProductName, string ProducerName,
        IReadOnlyDictionary<string, CouncilScoreRecord> Latest, IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> PartsByMember, CouncilResult Result);

    /// <summary>The round, its seated members (id, name) in a stable order, and its rows by product name.</summary>
    public sealed record Results(EvaluationRound Round, IReadOnlyList<(string Id, string Name)> Members, IReadOnlyList<Row> Rows);

    public async Task<Results?> LoadAsync(Guid roundId, bool withSheets, CancellationToken cancellationToken)
    {
        var round = await db.Set<EvaluationRound>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken);
        if (round is null)
        {
            return null;
        }

        var members = await db.Set<CouncilSeat>().AsNoTracking().Where(s => s.RoundId == roundId && s.Role == EvaluationRole.CouncilMember)
            .Join(db.Set<StaffUser>(), s => s.UserId, u => u.Id, (s, u) => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken);
        var memberList = members.Select(m => (m.Id, string.IsNullOrEmpty(m.DisplayName) ? m.Email ?? m.Id : m.DisplayName))
            .OrderBy(m => m.Item2, StringComparer.Ordinal).ToList();
        var registrations = await db.Set<EvaluationRegistration>().AsNoTracking().Where(r => r.RoundId == roundId)
            .Join(db.Products, r => r.ProductId, p => p.Id, (r, p) => new { Registration = r, Product = p.Name, Producer = p.Producer != null ? p.Producer.Name : "" })
            .ToListAsync(cancellationToken);
        var scores = await db.Set<CouncilScoreRecord>().AsNoTracking()
            .Where(s => db.Set<EvaluationRegistration>().Any(r => r.RoundId == roundId && r.Id == s.RegistrationId))
            .ToListAsync(cancellationToken);
        var latest = scores.GroupBy(s => (s.RegistrationId, s.MemberId)).Select(g => g.MaxBy(s => s.Attempt)!)
            .GroupBy(s => s.RegistrationId).ToDictionary(g => g.Key, g => g.ToDictionary(s => s.MemberId, StringComparer.Ordinal));
        var sheets = new Dictionary<string, CriteriaSheet?>(StringComparer.Ordinal);
        if (withSheets)
        {
            var codes = registrations.Select(r => r.Registration.SheetCode).Distinct().ToList();
            foreach (var stored in await db.Set<EvaluationSheet>().AsNoTracking().Where(s => codes.Contains(s.Code)).ToListAsync(cancellationToken))
            {
                sheets[stored.Code] = CriteriaSheetSyncHandler.Parse(stored);
            }
        }

        var scoring = options.Value.ScoringFor(round);
        var seated = memberList.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var rows = registrations.Select(r =>
        {
            var own = latest.GetValueOrDefault(r.Registration.Id) ?? [];
            var mine = own.Where(s => seated.Contains(s.Key)).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
            var sheet = sheets.GetValueOrDefault(r.Registration.SheetCode);
            var parts = new Dictionary<string, IReadOnlyDictionary<string, decimal>>(StringComparer.Ordinal);
            var result = new CouncilResult();
            if (sheet is not null && mine.Count > 0)
            {
                foreach (var (member, record) in mine)
                {
                    parts[member] = ScoreSheetRules.Totals(sheet, RegistrationDesk.ReadPoints(record.Points)).Parts;
                }

                result = RegistrationDesk.Combine(sheet, mine.Values, scoring);
            }

            return new Row(r.Registration, r.Product, r.Producer, mine, parts, result);
        }).OrderBy(r => r.ProductName, StringComparer.Ordinal).ToList();
        return new Results(round, memberList, rows);
    }
}
