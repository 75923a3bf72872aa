using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.BackOffice.Accounts;

/// <summary>Creates the first administrator with the one-time link printed at start; gone (404) once used.</summary>
public sealed class SetupModel(
    SetupToken setup,
    UserManager<StaffUser> users,
    StaffAccounts accounts,
    SignInManager<StaffUser> signIn,
    AuditTrail audit,
    OcopDbContext db,
    IStringLocalizer<BackOfficeText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public async Task<IActionResult> OnGetAsync() => await IsOpenAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await IsOpenAsync())
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(DisplayName))
        {
            ModelState.AddModelError(nameof(DisplayName), text["Account.DisplayNameRequired"]);
        }

        if (string.IsNullOrWhiteSpace(Email) || !Email.Contains('@', StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(Email), text["Account.EmailInvalid"]);
        }

        if (Password != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), text["Account.PasswordsDiffer"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Two tabs (on one server or two) may race for the link: it is taken inside the account's transaction, and the
        // user count checked again there, so one of them creates the first administrator and the other finds it gone.
        StaffUser? user = null;
        var taken = false;
        var result = await AccountChange.CommitAsync(db, async () =>
        {
            taken = await setup.ClaimAsync(db, Token, HttpContext.RequestAborted) && !users.Users.Any();
            if (!taken)
            {
                return IdentityResult.Failed();
            }

            (user, var created) = await accounts.CreateAsync(Email!, DisplayName!, Password ?? "", StaffRoles.Administrator);
            if (created.Succeeded)
            {
                await audit.RecordAsync(user.Id, user.Email ?? "", "setup.administrator");
            }

            return created;
        });
        if (!taken)
        {
            return NotFound();
        }

        if (!result.Succeeded || user is null)
        {
            IdentityMessages.AddTo(ModelState, nameof(Password), result, text);
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        TempData["Notice"] = text["Setup.Done"].Value;
        return Redirect(BackOfficeExtensions.PathPrefix);
    }

    private async Task<bool> IsOpenAsync() => await setup.MatchesAsync(Token, HttpContext.RequestAborted) && !users.Users.Any();
}
