using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Evaluation;
using OcopCatalogue.Core.Fields;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.BackOffice.Certificates;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Evaluation;

/// <summary>
/// One product's registration: the dossier's versions, evidence and self-assessment, the screening, the council's
/// sheets and result. Each form is one step, taken only by the person holding its role for this registration; people
/// who may not see the registration get "not found", so ids reveal nothing.
/// </summary>
public sealed class DossierModel(
    OcopDbContext db, RegistrationDesk desk, CriteriaSheets sheets, EvidenceStore evidence, AuditTrail audit, TimeProvider clock,
    CentralDecisionRecorder central, DecisionScanStore scans) : EvaluationPage(db)
{
    public EvaluationRegistration Registration { get; private set; } = null!;

    public EvaluationRound Round { get; private set; } = null!;

    public string ProductName { get; private set; } = "";

    public CriteriaSheet? Sheet { get; private set; }

    public Dictionary<string, decimal> Draft { get; private set; } = [];

    public List<DossierVersion> Versions { get; private set; } = [];

    public List<EvidenceFile> Evidence { get; private set; } = [];

    public List<ScreeningRecord> Screenings { get; private set; } = [];

    /// <summary>Every member's sheets, when this person may see them; else empty.</summary>
    public Dictionary<string, List<CouncilScoreRecord>> AllScores { get; private set; } = [];

    public List<CouncilScoreRecord> OwnScores { get; private set; } = [];

    public Dictionary<string, string> MemberNames { get; private set; } = [];

    public bool ScoresVisible { get; private set; }

    public int SeatedMembers { get; private set; }

    public int SubmittedMembers { get; private set; }

    /// <summary>The province's decision on this product, once recorded.</summary>
    public EvaluationDecision? ProvinceDecision { get; private set; }

    /// <summary>The central level's result on this product, once recorded.</summary>
    public CentralDecision? Central { get; private set; }

    /// <summary>The central result as typed, kept when it is refused.</summary>
    [BindProperty]
    public CentralInput CentralForm { get; set; } = new();

    /// <summary>The chair of the round or an editor, for a product the province proposed and the central level has not decided.</summary>
    public bool MayRecordCentral =>
        (Viewer.HasSeat(Registration.RoundId, EvaluationRole.Chair) || Viewer.IsManager)
        && CentralProposalRules.AwaitsCentral(Registration.Step, Registration.ProposeToCentral, Central is not null);

    /// <summary>A refusal or problems to show above the forms.</summary>
    public List<string> Problems { get; } = [];

    public bool Editable => Registration.Step is EvaluationStep.Registered or EvaluationStep.ReturnedByCommune or EvaluationStep.MoreAskedByAdvisoryGroup;

    public bool Holds(EvaluationRole role) => Viewer.Holds(Registration, role);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostSelfAssessAsync(Guid id, Dictionary<string, string>? points, CancellationToken cancellationToken) =>
        ActAsync(id, EvaluationRole.ProducerRepresentative, async () =>
        {
            if (!Editable)
            {
                return Refuse(EvaluationTexts.Format(StepOutcome.KeyOf(StepRefusal.NotAtThisStep), CultureInfo.CurrentUICulture, Registration.Step));
            }

            if (!TryReadPoints(points, out var parsed) || Sheet is null)
            {
                return Refuse(E("Evaluation.Score.NotANumber"));
            }

            if (ScoreSheetRules.Check(Sheet, parsed, submitting: false) is { Count: > 0 } problems)
            {
                return Refuse(problems);
            }

            var tracked = await Db.Set<EvaluationRegistration>().SingleAsync(r => r.Id == id, cancellationToken);
            tracked.DraftSelfAssessment = RegistrationDesk.WritePoints(parsed);
            await Db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(User, RegistrationDesk.AuditPrefix + "self-assessed", itemId: id, ct: cancellationToken);
            return Back(id);
        });

    public Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? file, string? target, CancellationToken cancellationToken) =>
        ActAsync(id, EvaluationRole.ProducerRepresentative, async () =>
        {
            if (!Editable)
            {
                return Refuse(EvaluationTexts.Format(StepOutcome.KeyOf(StepRefusal.NotAtThisStep), CultureInfo.CurrentUICulture, Registration.Step));
            }

            var targets = (Sheet?.Parts.Select(p => p.Code) ?? []).Concat(Sheet?.AllCriteria().Select(c => c.Code) ?? []).ToHashSet(StringComparer.Ordinal);
            if (target is null || !targets.Contains(target))
            {
                return Refuse(E("Evaluation.Evidence.TargetUnknown"));
            }

            if (file is null)
            {
                return Refuse(E("Evaluation.Evidence.Empty"));
            }

            if (evidence.Check(file, out var extension) is { } problem)
            {
                return Refuse(E(problem, evidence.MaxBytes / (1024 * 1024)));
            }

            var stored = await evidence.SaveAsync(file, extension!, cancellationToken);
            var name = Path.GetFileName(file.FileName ?? "");
            var row = new EvidenceFile
            {
                Id = Guid.NewGuid(),
                RegistrationId = id,
                Target = target,
                OriginalName = name.Length > EvidenceFile.MaxNameLength ? name[..EvidenceFile.MaxNameLength] : name,
                StoredName = stored,
                Length = file.Length,
                UploadedAt = clock.GetUtcNow(),
                UploadedBy = Viewer.UserId,
            };
            Db.Add(row);
            await Db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(User, RegistrationDesk.AuditPrefix + "evidence-uploaded", itemId: id, detail: $"{target}: {row.OriginalName} ({row.Length} B)", ct: cancellationToken);
            return Back(id);
        });

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, EvaluationRole.ProducerRepresentative, async () =>
        {
            if (Sheet is null)
            {
                return Refuse(E("Evaluation.Register.SheetUnknown"));
            }

            // At a step where nothing can be submitted, the steps' own refusal says so.
            if (Editable && ScoreSheetRules.Check(Sheet, Draft, submitting: true) is { Count: > 0 } problems)
            {
                return Refuse(problems);
            }

            var tracked = await Db.Set<EvaluationRegistration>().SingleAsync(r => r.Id == id, cancellationToken);
            var pending = await Db.Set<EvidenceFile>().Where(e => e.RegistrationId == id && e.Version == null).ToListAsync(cancellationToken);
            return await StepAsync(tracked, new EvaluationRequest(EvaluationAction.SubmitDossier, EvaluationRole.ProducerRepresentative), version =>
            {
                Db.Add(new DossierVersion
                {
                    Id = Guid.NewGuid(),
                    RegistrationId = id,
                    Version = version,
                    SubmittedAt = clock.GetUtcNow(),
                    SubmittedBy = Viewer.UserId,
                    SelfAssessment = tracked.DraftSelfAssessment,
                });
                foreach (var file in pending)
                {
                    file.Version = version;
                }
            }, $"{pending.Count} new evidence files", cancellationToken);
        });

    public Task<IActionResult> OnPostReturnAsync(Guid id, string? reason, CancellationToken cancellationToken) =>
        ScreenAsync(id, EvaluationAction.ReturnDossier, EvaluationRole.CommuneOfficer, reason, null, null, cancellationToken);

    public Task<IActionResult> OnPostProposeAsync(Guid id, LocalFindings? findings, string? report, CancellationToken cancellationToken) =>
        ScreenAsync(id, EvaluationAction.ProposeToProvince, EvaluationRole.CommuneOfficer, null, findings ?? new LocalFindings(), report, cancellationToken);

    public Task<IActionResult> OnPostAskMoreAsync(Guid id, string? reason, CancellationToken cancellationToken) =>
        ScreenAsync(id, EvaluationAction.AskForMore, EvaluationRole.AdvisoryGroup, reason, null, null, cancellationToken);

    public Task<IActionResult> OnPostCompleteAsync(Guid id, CancellationToken cancellationToken) =>
        ScreenAsync(id, EvaluationAction.MarkComplete, EvaluationRole.AdvisoryGroup, null, null, null, cancellationToken);

    public Task<IActionResult> OnPostOpenScoringAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, EvaluationRole.Secretary, async () =>
            await StepAsync(await TrackAsync(id, cancellationToken), new EvaluationRequest(EvaluationAction.OpenScoring, EvaluationRole.Secretary), null, null, cancellationToken));

    public Task<IActionResult> OnPostCloseScoringAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, EvaluationRole.Secretary, async () =>
            await desk.CloseScoringAsync(await TrackAsync(id, cancellationToken), Round, User, cancellationToken) is { } refusal ? Refuse(refusal) : Back(id));

    public Task<IActionResult> OnPostOpenRescoringAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, EvaluationRole.Chair, async () =>
            await StepAsync(await TrackAsync(id, cancellationToken), new EvaluationRequest(EvaluationAction.OpenRescoring, EvaluationRole.Chair), null, null, cancellationToken));

    public Task<IActionResult> OnPostScoreAsync(Guid id, Dictionary<string, string>? points, string? reason, CancellationToken cancellationToken) =>
        ActAsync(id, EvaluationRole.CouncilMember, async () =>
        {
            if (!TryReadPoints(points, out var parsed) || Sheet is null)
            {
                return Refuse(E("Evaluation.Score.NotANumber"));
            }

            // The member's earlier sheets, replayed through the rules, so a re-scoring is checked as the first was.
            MemberScoreHistory? history = null;
            var member = Guid.TryParse(Viewer.UserId, out var memberId) ? memberId : Guid.Empty;
            foreach (var earlier in OwnScores)
            {
                history = MemberScoreHistory.Submit(Sheet, history, member, RegistrationDesk.ReadPoints(earlier.Points), earlier.SubmittedAt, earlier.Reason).History;
            }

            var now = clock.GetUtcNow();
            var submission = MemberScoreHistory.Submit(Sheet, history, member, parsed, now, reason);
            if (!submission.Accepted)
            {
                return Refuse(submission.Problems);
            }

            var current = submission.History!.Current;
            var tracked = await TrackAsync(id, cancellationToken);
            var request = new EvaluationRequest(EvaluationAction.SubmitScore, EvaluationRole.CouncilMember) { Reason = current.Reason };
            return await StepAsync(tracked, request, _ => Db.Add(new CouncilScoreRecord
            {
                Id = Guid.NewGuid(),
                RegistrationId = id,
                MemberId = Viewer.UserId,
                Attempt = current.Attempt,
                ScoringRound = tracked.ScoringRound,
                SubmittedAt = now,
                Reason = current.Reason,
                Points = RegistrationDesk.WritePoints(current.Points),
                Total = ScoreSheetRules.Totals(Sheet, current.Points).Total,
            }), $"attempt {current.Attempt}", cancellationToken);
        });

    /// <summary>The central level's result on a proposed product: the chair of the round or an editor records it once.</summary>
    public async Task<IActionResult> OnPostCentralAsync(Guid id, IFormFile? scan, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!Viewer.HasSeat(Registration.RoundId, EvaluationRole.Chair) && !Viewer.IsManager)
        {
            return Forbid();
        }

        // The central score is a certificate's score: read as the certificate forms read one ("93", "93,5").
        if (!CertificateFormat.TryScore(CentralForm.Score, out var parsed))
        {
            return Refuse(E(CentralProposalRules.ScoreInvalid));
        }

        var result = new CentralResult(CentralForm.Number, CentralForm.Date, CentralForm.IssuingBody, CentralForm.Granted, parsed);
        // The order and the typed facts are checked before a scan is stored, so a refused form leaves no file behind.
        var problems = CentralProposalRules.Check(Registration.Step, Registration.ProposeToCentral, Central is not null, ProvinceDecision?.Date, result, VietnamTime.Today(clock));
        if (problems.Count > 0)
        {
            return Refuse(problems);
        }

        string? scanName = null;
        if (scan is { Length: > 0 })
        {
            if (DecisionScanStore.Check(scan, out var extension) is not null)
            {
                return Refuse(E("Evaluation.Decision.ScanRefused"));
            }

            scanName = await scans.SaveAsync(scan, extension!, cancellationToken);
        }

        var outcome = await central.RecordAsync(id, result, scanName, User, cancellationToken);
        return outcome.Problems.Count > 0 ? Refuse(outcome.Problems) : Back(id);
    }

    private Task<IActionResult> ScreenAsync(Guid id, EvaluationAction action, EvaluationRole role, string? reason, LocalFindings? findings, string? report,
        CancellationToken cancellationToken) =>
        ActAsync(id, role, async () =>
        {
            var texts = new[] { reason, findings?.LocalOrigin, findings?.LocalLabour, findings?.IdeaOrigin, findings?.LocalIdentity, report };
            if (texts.Any(t => t is { Length: > ScreeningRecord.MaxTextLength }))
            {
                return Refuse(E("Evaluation.Screening.TooLong", ScreeningRecord.MaxTextLength));
            }

            var tracked = await TrackAsync(id, cancellationToken);
            var local = findings is null ? null : new LocalCriteriaAssessment(findings.LocalOrigin, findings.LocalLabour, findings.IdeaOrigin, findings.LocalIdentity);
            var request = new EvaluationRequest(action, role) { Reason = reason, LocalCriteria = local };
            return await StepAsync(tracked, request, _ => Db.Add(new ScreeningRecord
            {
                Id = Guid.NewGuid(),
                RegistrationId = id,
                DossierVersion = tracked.DossierVersion,
                Action = action,
                ByUserId = Viewer.UserId,
                ByName = User.Identity?.Name ?? "",
                At = clock.GetUtcNow(),
                Reason = Clean(reason),
                LocalOrigin = Clean(findings?.LocalOrigin),
                LocalLabour = Clean(findings?.LocalLabour),
                IdeaOrigin = Clean(findings?.IdeaOrigin),
                LocalIdentity = Clean(findings?.LocalIdentity),
                Report = Clean(report),
            }), Clean(reason), cancellationToken);
        });

    private async Task<IActionResult> ActAsync(Guid id, EvaluationRole role, Func<Task<IActionResult>> act)
    {
        if (!await LoadAsync(id, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        return Holds(role) ? await act() : Forbid();
    }

    private async Task<IActionResult> StepAsync(EvaluationRegistration tracked, EvaluationRequest request, Action<int>? rows, string? detail, CancellationToken cancellationToken) =>
        await desk.TakeAsync(tracked, request, User, rows, detail, cancellationToken) is { } refusal ? Refuse(refusal) : Back(tracked.Id);

    private Task<EvaluationRegistration> TrackAsync(Guid id, CancellationToken cancellationToken) =>
        Db.Set<EvaluationRegistration>().SingleAsync(r => r.Id == id, cancellationToken);

    private RedirectResult Back(Guid id) => Redirect($"/backoffice/danh-gia/ho-so/{id}");

    private PageResult Refuse(string message)
    {
        Problems.Add(message);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private PageResult Refuse(IEnumerable<FieldProblem> problems)
    {
        foreach (var problem in problems)
        {
            Problems.Add(EvaluationTexts.Keys.Contains(problem.MessageKey)
                ? EvaluationTexts.Format(problem.MessageKey, CultureInfo.CurrentUICulture, problem.Arguments)
                : E(problem.MessageKey, problem.Arguments));
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private string E(string key, params object[] arguments) =>
        HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<EvaluationText>>()[key, arguments].Value;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Points as typed ("7", "7.5", "7,5"); false when one is not a number.</summary>
    private static bool TryReadPoints(Dictionary<string, string>? raw, out Dictionary<string, decimal> points)
    {
        points = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (code, text) in raw ?? [])
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (code.Length > 20 || !decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                return false;
            }

            points[code] = value;
        }

        return true;
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadViewerAsync(cancellationToken);
        var registration = await Db.Set<EvaluationRegistration>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (registration is null || !Viewer.CanSee(registration))
        {
            return false;
        }

        Registration = registration;
        Round = await Db.Set<EvaluationRound>().AsNoTracking().SingleAsync(r => r.Id == registration.RoundId, cancellationToken);
        ProductName = await Db.Products.Where(p => p.Id == registration.ProductId).Select(p => p.Name).SingleAsync(cancellationToken);
        Sheet = await sheets.FindAsync(registration.SheetCode, cancellationToken);
        Draft = RegistrationDesk.ReadPoints(registration.DraftSelfAssessment);
        Versions = await Db.Set<DossierVersion>().AsNoTracking().Where(v => v.RegistrationId == id).OrderBy(v => v.Version).ToListAsync(cancellationToken);
        Evidence = await Db.Set<EvidenceFile>().AsNoTracking().Where(e => e.RegistrationId == id).OrderBy(e => e.Target).ThenBy(e => e.OriginalName).ToListAsync(cancellationToken);
        Screenings = await Db.Set<ScreeningRecord>().AsNoTracking().Where(s => s.RegistrationId == id).ToListAsync(cancellationToken);
        Screenings = [.. Screenings.OrderBy(s => s.At)];
        ProvinceDecision = registration.DecisionId is { } decisionId
            ? await Db.Set<EvaluationDecision>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == decisionId, cancellationToken)
            : null;
        Central = await Db.Set<CentralDecision>().AsNoTracking().SingleOrDefaultAsync(d => d.RegistrationId == id, cancellationToken);
        var scores = await desk.ScoresAsync(id, cancellationToken);
        OwnScores = scores.GetValueOrDefault(Viewer.UserId) ?? [];
        var members = await desk.MembersAsync(registration.RoundId, cancellationToken);
        SeatedMembers = members.Count;
        SubmittedMembers = members.Count(scores.ContainsKey);
        ScoresVisible = Viewer.MaySeeAllScores(registration, OwnScores.Count > 0);
        if (ScoresVisible)
        {
            AllScores = scores;
            var ids = scores.Keys.ToList();
            MemberNames = await Db.Set<Accounts.StaffUser>().AsNoTracking().Where(u => ids.Contains(u.Id))
                .ToDictionaryAsync(u => u.Id, u => string.IsNullOrEmpty(u.DisplayName) ? u.Email ?? u.Id : u.DisplayName, cancellationToken);
        }

        return true;
    }

    /// <summary>The central decision's facts as typed; the score as text so a wrong one comes back unchanged.</summary>
    public sealed class CentralInput
    {
        [StringLength(Core.Certification.CertificateRules.MaxDecisionNumberLength)]
        public string? Number { get; set; }

        public DateOnly? Date { get; set; }

        [StringLength(CentralProposalRules.MaxIssuingBodyLength)]
        public string? IssuingBody { get; set; }

        public bool Granted { get; set; }

        [StringLength(10)]
        public string? Score { get; set; }
    }

    /// <summary>The commune's four local findings, as its report words them.</summary>
    public sealed class LocalFindings
    {
        public string? LocalOrigin { get; set; }
        public string? LocalLabour { get; set; }
        public string? IdeaOrigin { get; set; }
        public string? LocalIdentity { get; set; }
    }
}
