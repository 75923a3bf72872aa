using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.BackOffice.Accounts;

/// <summary>An administrator changes someone's role and producers, or locks the account; their sessions end at once.</summary>
[Authorize(Policy = BackOfficePolicies.Administer)]
public sealed class StaffEditModel(
    OcopDbContext db,
    UserManager<StaffUser> users,
    AuditTrail audit,
    TimeProvider clock,
    IStringLocalizer<BackOfficeText> text) : PageModel
{
    public StaffUser? Member { get; private set; }

    public string CurrentRole { get; private set; } = "";

    public bool Locked { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> Producers { get; private set; } = [];

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public List<Guid> ProducerIds { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Role = CurrentRole;
        ProducerIds = [.. Member!.ProducerLimits.Select(l => l.ProducerId)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Role is null || !StaffRoles.All.Contains(Role))
        {
            ModelState.AddModelError(nameof(Role), text["Account.RoleRequired"]);
            return Page();
        }

        var user = Member!;
        if (user.Id == users.GetUserId(User) && Role != StaffRoles.Administrator)
        {
            // The last way back in must not be closed by a slip of the mouse.
            ModelState.AddModelError(nameof(Role), text["Users.CannotDemoteSelf"]);
            return Page();
        }

        var newRole = Role;
        var known = newRole == StaffRoles.Writer
            ? await db.Producers.Where(p => ProducerIds.Contains(p.Id)).Select(p => p.Id).ToListAsync()
            : [];
        var changed = await AccountChange.CommitAsync(db, async () =>
        {
            if (newRole != CurrentRole)
            {
                var removed = CurrentRole.Length > 0 ? await users.RemoveFromRoleAsync(user, CurrentRole) : IdentityResult.Success;
                var role = removed.Succeeded ? await users.AddToRoleAsync(user, newRole) : removed;
                if (!role.Succeeded)
                {
                    return role;
                }
            }

            await db.Set<StaffProducerLimit>().Where(l => l.UserId == user.Id).ExecuteDeleteAsync();
            db.AddRange(known.Distinct().Select(p => new StaffProducerLimit { UserId = user.Id, ProducerId = p }));
            await db.SaveChangesAsync();
            var stamp = await users.UpdateSecurityStampAsync(user);
            if (!stamp.Succeeded)
            {
                return stamp;
            }

            await SessionTicketStore.EndSessionsOfAsync(db, user.Id);
            await audit.RecordAsync(User, "role.changed", detail: $"{user.Email}: {CurrentRole} -> {newRole}, {known.Count}");
            return IdentityResult.Success;
        });
        if (!changed.Succeeded)
        {
            IdentityMessages.AddTo(ModelState, nameof(Role), changed, text);
            return await ReloadAsync(id);
        }

        TempData["Notice"] = text["Users.Saved"].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostLockAsync(string id, bool locked)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var user = Member!;
        if (user.Id == users.GetUserId(User))
        {
            ModelState.AddModelError("", text["Users.CannotLockSelf"]);
            return Page();
        }

        var changed = await AccountChange.CommitAsync(db, async () =>
        {
            var lockout = await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
            if (lockout.Succeeded && !locked)
            {
                lockout = await users.ResetAccessFailedCountAsync(user);
            }

            if (!lockout.Succeeded)
            {
                return lockout;
            }

            await SessionTicketStore.EndSessionsOfAsync(db, user.Id);
            await audit.RecordAsync(User, locked ? "user.locked" : "user.unlocked", detail: user.Email);
            return IdentityResult.Success;
        });
        if (!changed.Succeeded)
        {
            IdentityMessages.AddTo(ModelState, "", changed, text);
            return await ReloadAsync(id);
        }

        TempData["Notice"] = text[locked ? "Users.LockedNotice" : "Users.UnlockedNotice"].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>After a refused change (<see cref="AccountChange"/> forgot the tracked account): the account as stored, the form as posted.</summary>
    private async Task<IActionResult> ReloadAsync(string id) => await LoadAsync(id) ? Page() : NotFound();

    private async Task<bool> LoadAsync(string id)
    {
        Member = await db.Users.Include(u => u.ProducerLimits).FirstOrDefaultAsync(u => u.Id == id);
        if (Member is null)
        {
            return false;
        }

        CurrentRole = (await users.GetRolesAsync(Member)).FirstOrDefault() ?? "";
        Locked = Member.LockoutEnd > clock.GetUtcNow();
        Producers = [.. (await db.Producers.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync())
            .OrderBy(p => p.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))
            .Select(p => (p.Id, p.Name))];
        return true;
    }
}
