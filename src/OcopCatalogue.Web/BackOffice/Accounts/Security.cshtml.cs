using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.Data;
using QRCoder;

namespace OcopCatalogue.Web.BackOffice.Accounts;

/// <summary>A member of staff's own security: authenticator-app sign-in and password change.</summary>
public sealed class SecurityModel(
    UserManager<StaffUser> users,
    SignInManager<StaffUser> signIn,
    OcopDbContext db,
    AuditTrail audit,
    IStringLocalizer<BackOfficeText> text) : PageModel
{
    public bool TwoFactorEnabled { get; private set; }

    public string? SharedKey { get; private set; }

    public string? QrSvg { get; private set; }

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    [BindProperty]
    public string? Code { get; set; }

    /// <summary>The current password or a current authenticator code, asked before two-factor sign-in is turned off.</summary>
    [BindProperty]
    public string? DisableProof { get; set; }

    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal);
        var valid = code.Length > 0
            && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            ModelState.AddModelError(nameof(Code), text["Security.CodeWrong"]);
            await LoadAsync(user);
            return Page();
        }

        // The recovery codes are shown only once: turned on without them stored, or without its audit entry, it is not kept.
        var enabled = await AccountChange.CommitAsync(db, async () =>
        {
            var on = await users.SetTwoFactorEnabledAsync(user, true);
            if (!on.Succeeded)
            {
                return on;
            }

            var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 8);
            if (codes is null)
            {
                return IdentityResult.Failed(new IdentityError { Code = "RecoveryCodesNotStored" });
            }

            RecoveryCodes = [.. codes];
            await audit.RecordAsync(User, "twofactor.enabled");
            return IdentityResult.Success;
        });
        if (!enabled.Succeeded)
        {
            RecoveryCodes = [];
            IdentityMessages.AddTo(ModelState, nameof(Code), enabled, text);
            return await ReloadAsync(user);
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        // A session alone (a computer left signed in, a stolen cookie) must not remove the second factor.
        if (!await ProvesItIsThemAsync(user))
        {
            ModelState.AddModelError(nameof(DisableProof), text["Security.DisableProofWrong"]);
            return await ReloadAsync(user);
        }

        var disabled = await AccountChange.CommitAsync(db, async () =>
        {
            var off = await users.SetTwoFactorEnabledAsync(user, false);
            var key = off.Succeeded ? await users.ResetAuthenticatorKeyAsync(user) : off;
            if (!key.Succeeded)
            {
                return key;
            }

            await audit.RecordAsync(User, "twofactor.disabled");
            return IdentityResult.Success;
        });
        if (!disabled.Succeeded)
        {
            IdentityMessages.AddTo(ModelState, "", disabled, text);
            return await ReloadAsync(user);
        }

        TempData["Notice"] = text["Security.Disabled"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await AccountChange.CommitAsync(db, async () =>
        {
            var changed = await users.ChangePasswordAsync(user, CurrentPassword ?? "", NewPassword ?? "");
            if (!changed.Succeeded)
            {
                return changed;
            }

            // Other sessions (another browser, a stolen cookie) end with the old password; this one goes on.
            await SessionTicketStore.EndOtherSessionsOfAsync(db, user.Id, HttpContext);
            await audit.RecordAsync(User, "password.changed");
            return IdentityResult.Success;
        });
        if (!result.Succeeded)
        {
            IdentityMessages.AddTo(ModelState, nameof(NewPassword), result, text);
            return await ReloadAsync(user);
        }

        // After the commit (the store writes from a scope of its own): this session's ticket gets the new security stamp.
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = text["Security.PasswordChanged"].Value;
        return RedirectToPage();
    }

    private async Task<bool> ProvesItIsThemAsync(StaffUser user)
    {
        // Failures count towards the account's lockout like failed sign-ins, so the session cannot be used to guess.
        if (string.IsNullOrEmpty(DisableProof) || await users.IsLockedOutAsync(user))
        {
            return false;
        }

        var code = DisableProof.Replace(" ", "", StringComparison.Ordinal);
        if (code.Length == 6 && code.All(char.IsAsciiDigit))
        {
            // Six digits are a code: passwords have at least twelve characters.
            if (await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                return true;
            }

            await users.AccessFailedAsync(user);
            return false;
        }

        return (await signIn.CheckPasswordSignInAsync(user, DisableProof, lockoutOnFailure: true)).Succeeded;
    }

    /// <summary>After a refused change (<see cref="AccountChange"/> forgot the tracked account): the page from the account as stored.</summary>
    private async Task<IActionResult> ReloadAsync(StaffUser before)
    {
        await LoadAsync(await users.GetUserAsync(User) ?? before);
        return Page();
    }

    private async Task LoadAsync(StaffUser user)
    {
        TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(user);
        if (TwoFactorEnabled)
        {
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        SharedKey = Group(key!);
        var issuer = Uri.EscapeDataString(text["BackOffice.Name"]);
        var uri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.Email ?? "")}?secret={key}&issuer={issuer}&digits=6");
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        QrSvg = new SvgQRCode(data).GetGraphic(4);
    }

    private static string Group(string key)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            builder.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return builder.ToString().TrimEnd().ToLowerInvariant();
    }
}
