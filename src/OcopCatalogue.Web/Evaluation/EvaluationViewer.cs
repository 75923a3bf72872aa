using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Evaluation;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Evaluation;

/// <summary>
/// Who the signed-in person is in the evaluation process: staff who manage rounds, the producers a representative
/// files for, the communes an officer screens, and the seats held in each round. Every page asks it before showing or
/// changing a registration, so a guessed id reveals nothing (answered as "not found").
/// </summary>
public sealed class EvaluationViewer
{
    private EvaluationViewer(string userId, bool isManager, HashSet<Guid> producers, HashSet<string> communes, List<CouncilSeat> seats)
    {
        UserId = userId;
        IsManager = isManager;
        Producers = producers;
        Communes = communes;
        Seats = seats;
    }

    public string UserId { get; }

    /// <summary>Editors and administrators: open rounds, seat councils, invite, see every dossier.</summary>
    public bool IsManager { get; }

    public IReadOnlySet<Guid> Producers { get; }

    public IReadOnlySet<string> Communes { get; }

    public IReadOnlyList<CouncilSeat> Seats { get; }

    public static async Task<EvaluationViewer> LoadAsync(ClaimsPrincipal user, OcopDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(db);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var manager = user.IsInRole(StaffRoles.Editor) || user.IsInRole(StaffRoles.Administrator);
        var producers = user.IsInRole(EvaluationAccountRoles.ProducerRepresentative)
            ? await db.Set<StaffProducerLimit>().AsNoTracking().Where(l => l.UserId == id).Select(l => l.ProducerId).ToListAsync(cancellationToken)
            : [];
        var communes = user.IsInRole(EvaluationAccountRoles.CommuneOfficer)
            ? await db.Set<CommuneAssignment>().AsNoTracking().Where(c => c.UserId == id).Select(c => c.Commune).ToListAsync(cancellationToken)
            : [];
        var seats = user.IsInRole(EvaluationAccountRoles.CouncilParticipant) || manager
            ? await db.Set<CouncilSeat>().AsNoTracking().Where(s => s.UserId == id).ToListAsync(cancellationToken)
            : [];
        return new EvaluationViewer(id, manager, [.. producers], [.. communes], seats);
    }

    /// <summary>A commune's name as registrations and assignments keep it, so "Xã  Tân Lập " and "xã Tân Lập" match.</summary>
    public static string NormaliseCommune(string? commune) =>
        string.Join(' ', (commune ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    public bool HasSeat(Guid roundId, EvaluationRole role) => Seats.Any(s => s.RoundId == roundId && s.Role == role);

    public bool SitsIn(Guid roundId) => Seats.Any(s => s.RoundId == roundId);

    public bool CanSee(EvaluationRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        return IsManager || Producers.Contains(registration.ProducerId) || Communes.Contains(registration.Commune) || SitsIn(registration.RoundId);
    }

    /// <summary>Does this person hold <paramref name="role"/> for this registration?</summary>
    public bool Holds(EvaluationRegistration registration, EvaluationRole role)
    {
        ArgumentNullException.ThrowIfNull(registration);
        return role switch
        {
            EvaluationRole.ProducerRepresentative => Producers.Contains(registration.ProducerId),
            EvaluationRole.CommuneOfficer => Communes.Contains(registration.Commune),
            _ => HasSeat(registration.RoundId, role),
        };
    }

    /// <summary>
    /// Every member's sheet is visible to: a member once their own is in; the secretary, chair and managers once
    /// scoring is closed; the producer only once the decision is recorded.
    /// </summary>
    public bool MaySeeAllScores(EvaluationRegistration registration, bool ownSubmitted)
    {
        ArgumentNullException.ThrowIfNull(registration);
        if (registration.Step == EvaluationStep.Decided && CanSee(registration))
        {
            return true;
        }

        if (ownSubmitted && Holds(registration, EvaluationRole.CouncilMember))
        {
            return true;
        }

        var closed = registration.Step is EvaluationStep.DiscussionFlagged or EvaluationStep.Scored or EvaluationStep.Rescoring;
        return closed && (IsManager || Holds(registration, EvaluationRole.Secretary) || Holds(registration, EvaluationRole.Chair));
    }

    /// <summary>Registrations this person may see, as a query.</summary>
    public IQueryable<EvaluationRegistration> Visible(IQueryable<EvaluationRegistration> registrations)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        if (IsManager)
        {
            return registrations;
        }

        var producers = Producers.ToList();
        var communes = Communes.ToList();
        var rounds = Seats.Select(s => s.RoundId).Distinct().ToList();
        return registrations.Where(r => producers.Contains(r.ProducerId) || communes.Contains(r.Commune) || rounds.Contains(r.RoundId));
    }
}
