using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Evaluation;

/// <summary>
/// Staff invite the people of the process (no open registration): a producer's representative for one producer, a
/// commune officer for their communes, or a council participant to seat in rounds. The account gets no password; the
/// invitation link (Identity's one-time reset token) lets the person set one. The site sends no mail, so the link is
/// shown to staff to send.
/// </summary>
public sealed class PeopleModel(
    OcopDbContext db, UserManager<StaffUser> users, RoleManager<IdentityRole> roles, AuditTrail audit, TimeProvider clock,
    IStringLocalizer<EvaluationText> text) : EvaluationPage(db)
{
    public List<Producer> Producers { get; private set; } = [];

    public string? InvitationLink { get; private set; }

    public List<string> Problems { get; } = [];

    [BindProperty]
    public InviteInput Invite { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadViewerAsync(cancellationToken);
        if (!Viewer.IsManager)
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadViewerAsync(cancellationToken);
        if (!Viewer.IsManager)
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        var email = Invite.Email?.Trim() ?? "";
        var name = Invite.DisplayName?.Trim() ?? "";
        var communes = (Invite.Communes ?? "").Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(EvaluationViewer.NormaliseCommune).Where(c => c.Length is > 0 and <= CommuneAssignment.MaxCommuneLength).Distinct().ToList();
        if (email.Length is 0 or > 256 || !email.Contains('@', StringComparison.Ordinal) || name.Length is 0 or > 100)
        {
            Problems.Add(text["Evaluation.People.EmailAndName"]);
        }

        if (!EvaluationAccountRoles.All.Contains(Invite.Role))
        {
            Problems.Add(text["Evaluation.People.RoleUnknown"]);
        }

        if (Invite.Role == EvaluationAccountRoles.ProducerRepresentative && (Invite.ProducerId is not { } producer || Producers.All(p => p.Id != producer)))
        {
            Problems.Add(text["Evaluation.People.ProducerRequired"]);
        }

        if (Invite.Role == EvaluationAccountRoles.CommuneOfficer && communes.Count == 0)
        {
            Problems.Add(text["Evaluation.People.CommunesRequired"]);
        }

        if (Problems.Count == 0 && await users.FindByEmailAsync(email) is not null)
        {
            Problems.Add(text["Evaluation.People.Exists"]);
        }

        if (Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        if (!await roles.RoleExistsAsync(Invite.Role))
        {
            await roles.CreateAsync(new IdentityRole(Invite.Role));
        }

        var user = new StaffUser
        {
            UserName = email,
            Email = email,
            DisplayName = name,
            CreatedAt = clock.GetUtcNow(),
            ProducerLimits = Invite.Role == EvaluationAccountRoles.ProducerRepresentative ? [new StaffProducerLimit { ProducerId = Invite.ProducerId!.Value }] : [],
        };
        var created = await users.CreateAsync(user);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, Invite.Role);
        }

        if (!created.Succeeded)
        {
            Problems.AddRange(created.Errors.Select(e => e.Description));
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        foreach (var commune in Invite.Role == EvaluationAccountRoles.CommuneOfficer ? communes : [])
        {
            Db.Add(new CommuneAssignment { UserId = user.Id, Commune = commune });
        }

        await Db.SaveChangesAsync(cancellationToken);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        InvitationLink = $"{Request.Scheme}://{Request.Host}/backoffice/danh-gia/nhan-loi-moi?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}";
        await audit.RecordAsync(User, RegistrationDesk.AuditPrefix + "invited", detail: $"{email}: {Invite.Role}", ct: cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Producers = await Db.Producers.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);

    public sealed class InviteInput
    {
        public string? Email { get; set; }
        public string? DisplayName { get; set; }
        public string Role { get; set; } = EvaluationAccountRoles.ProducerRepresentative;
        public Guid? ProducerId { get; set; }
        /// <summary>One commune or ward per line.</summary>
        public string? Communes { get; set; }
    }
}
