using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Audit;

namespace OcopCatalogue.Web.BackOffice.Accounts;

[ReplacesSession]
public sealed class SignInTwoFactorModel(SignInManager<StaffUser> signIn, AuditTrail audit, IStringLocalizer<BackOfficeText> text) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public bool UseRecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/BackOffice/Accounts/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/BackOffice/Accounts/SignIn");
        }

        var code = UseRecoveryCode
            ? RecoveryCodeAsStored(Code ?? "")
            : (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = code.Length == 0
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : UseRecoveryCode
                ? await signIn.TwoFactorRecoveryCodeSignInAsync(code)
                : await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await audit.RecordAsync(user.Id, user.Email ?? "", UseRecoveryCode ? "signin.recoverycode" : "signin.twofactor");
            return LocalRedirect(SafeReturnUrl.Resolve(ReturnUrl));
        }

        await audit.RecordAsync(user.Id, user.Email ?? "", result.IsLockedOut ? "signin.lockedout" : "signin.twofactor.failed");
        ModelState.AddModelError("", result.IsLockedOut ? text["SignIn.Failed"] : text["TwoFactor.Wrong"]);
        Code = null;
        return Page();
    }

    /// <summary>
    /// Identity keeps recovery codes as it shows them, "XXXXX-XXXXX" in capitals, and compares them exactly; people
    /// copy them with or without the dash, with spaces, in lower case.
    /// </summary>
    private static string RecoveryCodeAsStored(string typed)
    {
        var bare = new string([.. typed.Where(char.IsAsciiLetterOrDigit)]).ToUpperInvariant();
        return bare.Length == 10 ? $"{bare[..5]}-{bare[5..]}" : bare;
    }
}
