using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.BackOffice.Accounts;

/// <summary>Administrators list the staff accounts and create new ones.</summary>
[Authorize(Policy = BackOfficePolicies.Administer)]
public sealed class StaffListModel(OcopDbContext db, StaffAccounts accounts, AuditTrail audit, IStringLocalizer<BackOfficeText> text) : PageModel
{
    public sealed record Row(string Id, string Email, string DisplayName, string Role, int ProducerCount, bool Locked, bool TwoFactor);

    public IReadOnlyList<Row> Staff { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Producers { get; private set; } = [];

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public List<Guid> ProducerIds { get; set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(DisplayName))
        {
            ModelState.AddModelError(nameof(DisplayName), text["Account.DisplayNameRequired"]);
        }

        if (string.IsNullOrWhiteSpace(Email) || !Email.Contains('@', StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(Email), text["Account.EmailInvalid"]);
        }

        if (Role is null || !StaffRoles.All.Contains(Role))
        {
            ModelState.AddModelError(nameof(Role), text["Account.RoleRequired"]);
        }

        var known = await db.Producers.Where(p => ProducerIds.Contains(p.Id)).Select(p => p.Id).ToListAsync();
        if (ModelState.IsValid)
        {
            // The account, its role, producers and audit entry are saved together or not at all: a full disk
            // half-way must not leave an account without its role or unrecorded.
            var result = await AccountChange.CommitAsync(db, async () =>
            {
                var (user, created) = await accounts.CreateAsync(Email!, DisplayName!, Password ?? "", Role!, Role == StaffRoles.Writer ? known : []);
                if (created.Succeeded)
                {
                    await audit.RecordAsync(User, "user.created", detail: $"{user.Email} ({Role}, {known.Count})");
                }

                return created;
            });
            if (result.Succeeded)
            {
                TempData["Notice"] = text["Users.Created"].Value;
                return RedirectToPage();
            }

            IdentityMessages.AddTo(ModelState, nameof(Password), result, text);
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.LockoutEnd, u.TwoFactorEnabled, Producers = u.ProducerLimits.Count })
            .ToListAsync();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync();
        var now = DateTimeOffset.UtcNow;
        Staff = [.. users.Select(u => new Row(u.Id, u.Email ?? "", u.DisplayName,
            roles.FirstOrDefault(r => r.UserId == u.Id)?.Name ?? "", u.Producers, u.LockoutEnd > now, u.TwoFactorEnabled))];
        Producers = [.. (await db.Producers.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync())
            .OrderBy(p => p.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))
            .Select(p => (p.Id, p.Name))];
    }
}
