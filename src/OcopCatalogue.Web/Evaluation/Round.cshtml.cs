using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Evaluation;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.BackOffice;
using OcopCatalogue.Web.BackOffice.Certificates;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Evaluation;

/// <summary>
/// One round: how many products are at each step and which are overdue, the registrations this person may see; a
/// producer's representative registers products here, staff seat the council, the chair records the decision.
/// </summary>
public sealed class RoundModel(
    OcopDbContext db, AuditTrail audit, CriteriaSheets sheets, RoundDecisionRecorder decisions, DecisionScanStore scans,
    UserManager<StaffUser> users, TimeProvider clock, NewProductRegistration newProducts, IStringLocalizer<BackOfficeText> productText) : EvaluationPage(db)
{
    public EvaluationRound Round { get; private set; } = null!;

    public List<RegistrationRow> Registrations { get; private set; } = [];

    public Dictionary<EvaluationStep, int> PerStep { get; private set; } = [];

    public List<Product> Registrable { get; private set; } = [];

    public List<EvaluationSheet> Sheets { get; private set; } = [];

    /// <summary>The producers a representative files for, by name, for a new product's producer.</summary>
    public List<(Guid Id, string Name)> ProducerChoices { get; private set; } = [];

    public List<(string Email, EvaluationRole Role)> Seats { get; private set; } = [];

    public List<EvaluationDecision> Decisions { get; private set; } = [];

    public IReadOnlyList<RoundDecisionRecorder.Outcome>? Outcomes { get; private set; }

    [BindProperty]
    public RegisterInput Register { get; set; } = new();

    [BindProperty]
    public SeatInput Seat { get; set; } = new();

    /// <summary>A product not in the catalogue yet, as typed: kept when refused.</summary>
    [BindProperty]
    public NewProductInput NewProduct { get; set; } = new();

    /// <summary>What is wrong with the new product as typed, in the back office's words for product fields.</summary>
    public List<string> NewProductProblems { get; } = [];

    /// <summary>Products the province proposed to the central level that wait for its result.</summary>
    public int ProposedToCentral { get; private set; }

    /// <summary>Proposed products whose central result is recorded.</summary>
    public int CentralDecided { get; private set; }

    [BindProperty]
    public DecisionInput Decision { get; set; } = new();

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid roundId, CancellationToken cancellationToken) =>
        await LoadAsync(roundId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRegisterAsync(Guid roundId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(roundId, cancellationToken))
        {
            return NotFound();
        }

        if (Viewer.Producers.Count == 0)
        {
            return Forbid();
        }

        var product = Register.ProductId is { } id
            ? await Db.Products.AsNoTracking().Include(p => p.Producer).SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            : null;
        if (product?.ProducerId is not { } producerId || !Viewer.Producers.Contains(producerId))
        {
            return Refuse("Evaluation.Register.ProductUnknown");
        }

        if (!Enum.IsDefined(Register.Kind))
        {
            return Refuse("Evaluation.Register.KindUnknown");
        }

        if (Register.SheetCode is null || await sheets.FindAsync(Register.SheetCode, cancellationToken) is null)
        {
            return Refuse("Evaluation.Register.SheetUnknown");
        }

        if (await Db.Set<EvaluationRegistration>().AnyAsync(r => r.RoundId == roundId && r.ProductId == product.Id, cancellationToken))
        {
            return Refuse("Evaluation.Register.AlreadyRegistered");
        }

        var now = clock.GetUtcNow();
        var registration = new EvaluationRegistration
        {
            Id = Guid.NewGuid(),
            RoundId = roundId,
            ProductId = product.Id,
            ProducerId = producerId,
            Kind = Register.Kind,
            SheetCode = Register.SheetCode,
            Commune = EvaluationViewer.NormaliseCommune(product.Producer?.Address.CommuneOrWard),
            RegisteredAt = now,
            StepChangedAt = now,
        };
        Db.Add(registration);
        await Db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(User, RegistrationDesk.AuditPrefix + "registered", itemId: registration.Id, detail: $"{product.Name}; {Register.Kind}; {Register.SheetCode}", ct: cancellationToken);
        return Redirect($"/backoffice/danh-gia/ho-so/{registration.Id}");
    }

    /// <summary>
    /// Registers a product that is not in the catalogue yet: it is made as a draft of the representative's producer
    /// through the editorial workflow, then registered as a new rating, in one transaction.
    /// </summary>
    public async Task<IActionResult> OnPostRegisterNewAsync(Guid roundId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(roundId, cancellationToken))
        {
            return NotFound();
        }

        if (Viewer.Producers.Count == 0)
        {
            return Forbid();
        }

        // One producer needs no choice; with several, the one chosen must be among them.
        Guid? chosen = Guid.TryParse(NewProduct.ProducerId, out var typed) ? typed : Viewer.Producers.Count == 1 ? Viewer.Producers.First() : null;
        if (chosen is not { } producerId || !Viewer.Producers.Contains(producerId))
        {
            return RefuseNew("Evaluation.Register.ProductUnknown");
        }

        if (NewProduct.SheetCode is null || await sheets.FindAsync(NewProduct.SheetCode, cancellationToken) is null)
        {
            return RefuseNew("Evaluation.Register.SheetUnknown");
        }

        var producer = await Db.Producers.AsNoTracking().SingleAsync(p => p.Id == producerId, cancellationToken);
        var sheetCode = NewProduct.SheetCode;
        var registeredId = Guid.Empty;
        var outcome = await newProducts.CreateAsync(User, producerId, NewProduct.Name, NewProduct.NameEn, NewProduct.Group, NewProduct.SubGroupCode, async productId =>
        {
            var now = clock.GetUtcNow();
            var registration = new EvaluationRegistration
            {
                Id = Guid.NewGuid(),
                RoundId = roundId,
                ProductId = productId,
                ProducerId = producerId,
                Kind = RegistrationKind.New,
                SheetCode = sheetCode,
                Commune = EvaluationViewer.NormaliseCommune(producer.Address.CommuneOrWard),
                RegisteredAt = now,
                StepChangedAt = now,
            };
            Db.Add(registration);
            await Db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(User, RegistrationDesk.AuditPrefix + "registered", itemId: registration.Id,
                detail: $"{NewProduct.Name?.Trim()}; {RegistrationKind.New}; {sheetCode}; new draft product {productId}", ct: cancellationToken);
            registeredId = registration.Id;
        }, cancellationToken);
        if (outcome.ProductId is null)
        {
            foreach (var problem in outcome.Problems)
            {
                NewProductProblems.Add(productText[problem.Key, problem.Arguments].Value);
            }

            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        return Redirect($"/backoffice/danh-gia/ho-so/{registeredId}");
    }

    public async Task<IActionResult> OnPostSeatAsync(Guid roundId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(roundId, cancellationToken))
        {
            return NotFound();
        }

        if (!Viewer.IsManager)
        {
            return Forbid();
        }

        var user = string.IsNullOrWhiteSpace(Seat.Email) ? null : await users.FindByEmailAsync(Seat.Email.Trim());
        if (user is null || !Enum.IsDefined(Seat.Role) || Seat.Role is EvaluationRole.ProducerRepresentative or EvaluationRole.CommuneOfficer)
        {
            return Refuse("Evaluation.Seat.Unknown");
        }

        if (!await Db.Set<CouncilSeat>().AnyAsync(s => s.RoundId == roundId && s.UserId == user.Id && s.Role == Seat.Role, cancellationToken))
        {
            Db.Add(new CouncilSeat { RoundId = roundId, UserId = user.Id, Role = Seat.Role });
            await Db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(User, RegistrationDesk.AuditPrefix + "seated", itemId: roundId, detail: $"{user.Email}: {Seat.Role}", ct: cancellationToken);
        }

        return Redirect($"/backoffice/danh-gia/dot/{roundId}");
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid roundId, IFormFile? scan, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(roundId, cancellationToken))
        {
            return NotFound();
        }

        if (!Viewer.HasSeat(roundId, EvaluationRole.Chair))
        {
            return Forbid();
        }

        if (!CertificateEvaluation.IsPlausibleDecisionNumber(Decision.Number) || Decision.Number!.Trim().Length > CertificateRules.MaxDecisionNumberLength)
        {
            return Refuse("Evaluation.Decision.NumberRequired");
        }

        if (Decision.Date is not { } date || date > VietnamTime.Today(clock))
        {
            return Refuse("Evaluation.Decision.DateRequired");
        }

        string? scanName = null;
        if (scan is { Length: > 0 })
        {
            if (DecisionScanStore.Check(scan, out var extension) is not null)
            {
                return Refuse("Evaluation.Decision.ScanRefused");
            }

            scanName = await scans.SaveAsync(scan, extension!, cancellationToken);
        }

        Outcomes = await decisions.RecordAsync(Round, Decision.Number, date, scanName, User, cancellationToken);
        await LoadAsync(roundId, cancellationToken);
        return Page();
    }

    private PageResult RefuseNew(string key)
    {
        NewProductProblems.Add(E(key));
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private string E(string key) =>
        HttpContext.RequestServices.GetRequiredService<IStringLocalizer<EvaluationText>>()[key].Value;

    private PageResult Refuse(string key)
    {
        Problem = key;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid roundId, CancellationToken cancellationToken)
    {
        await LoadViewerAsync(cancellationToken);
        var round = await Db.Set<EvaluationRound>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken);
        if (round is null)
        {
            return false;
        }

        Round = round;
        var visible = await Viewer.Visible(Db.Set<EvaluationRegistration>().AsNoTracking().Where(r => r.RoundId == roundId))
            .Join(Db.Products, r => r.ProductId, p => p.Id, (r, p) => new { Registration = r, Product = p.Name })
            .ToListAsync(cancellationToken);
        var today = VietnamTime.Today(clock);
        Registrations = [.. visible.Select(v => new RegistrationRow(v.Registration, v.Product, IsOverdue(round, v.Registration.Step, today)))
            .OrderBy(r => r.ProductName, StringComparer.Ordinal)];
        PerStep = Registrations.GroupBy(r => r.Registration.Step).ToDictionary(g => g.Key, g => g.Count());
        if (Viewer.Producers.Count > 0)
        {
            var producers = Viewer.Producers.ToList();
            var taken = await Db.Set<EvaluationRegistration>().Where(r => r.RoundId == roundId).Select(r => r.ProductId).ToListAsync(cancellationToken);
            Registrable = await Db.Products.AsNoTracking().Where(p => p.ProducerId != null && producers.Contains(p.ProducerId.Value) && !taken.Contains(p.Id))
                .OrderBy(p => p.Name).ToListAsync(cancellationToken);
            Sheets = await sheets.ListAsync(cancellationToken);
            var names = await Db.Producers.AsNoTracking().Where(p => producers.Contains(p.Id)).OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
            ProducerChoices = [.. names.Select(p => (p.Id, p.Name))];
        }

        if (Viewer.IsManager)
        {
            var seats = await Db.Set<CouncilSeat>().AsNoTracking().Where(s => s.RoundId == roundId)
                .Join(Db.Set<StaffUser>(), s => s.UserId, u => u.Id, (s, u) => new { u.Email, s.Role }).ToListAsync(cancellationToken);
            Seats = [.. seats.Select(s => (s.Email ?? "", s.Role)).OrderBy(s => s.Role).ThenBy(s => s.Item1, StringComparer.Ordinal)];
        }

        Decisions = await Db.Set<EvaluationDecision>().AsNoTracking().Where(d => d.RoundId == roundId).ToListAsync(cancellationToken);
        var proposed = Registrations.Where(r => r.Registration.Step == EvaluationStep.Decided && r.Registration.ProposeToCentral).Select(r => r.Registration.Id).ToList();
        CentralDecided = proposed.Count == 0 ? 0 : await Db.Set<CentralDecision>().CountAsync(d => proposed.Contains(d.RegistrationId), cancellationToken);
        ProposedToCentral = proposed.Count - CentralDecided;
        return true;
    }

    /// <summary>A step is overdue when the deadline of the people who must act next has passed.</summary>
    public static bool IsOverdue(EvaluationRound round, EvaluationStep step, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(round);
        var deadline = step switch
        {
            EvaluationStep.Registered or EvaluationStep.ReturnedByCommune or EvaluationStep.MoreAskedByAdvisoryGroup => round.SubmissionDeadline,
            EvaluationStep.DossierSubmitted or EvaluationStep.WithAdvisoryGroup => round.ScreeningDeadline,
            EvaluationStep.DossierComplete or EvaluationStep.ScoringOpen or EvaluationStep.DiscussionFlagged or EvaluationStep.Rescoring => round.ScoringDeadline,
            _ => null,
        };
        return deadline is { } last && today > last;
    }

    /// <summary>A row of the round's list.</summary>
    public sealed record RegistrationRow(EvaluationRegistration Registration, string ProductName, bool Overdue);

    public sealed class RegisterInput
    {
        public Guid? ProductId { get; set; }

        public RegistrationKind Kind { get; set; } = RegistrationKind.New;

        [StringLength(60)]
        public string? SheetCode { get; set; }
    }

    /// <summary>The product's name (Vietnamese required, English optional), group and sub-group, as typed.</summary>
    public sealed class NewProductInput
    {
        public string? Name { get; set; }

        public string? NameEn { get; set; }

        public string? Group { get; set; }

        public string? SubGroupCode { get; set; }

        public string? ProducerId { get; set; }

        public string? SheetCode { get; set; }
    }

    public sealed class SeatInput
    {
        [StringLength(256)]
        public string? Email { get; set; }

        public EvaluationRole Role { get; set; } = EvaluationRole.CouncilMember;
    }

    public sealed class DecisionInput
    {
        [StringLength(CertificateRules.MaxDecisionNumberLength)]
        public string? Number { get; set; }

        public DateOnly? Date { get; set; }
    }
}
