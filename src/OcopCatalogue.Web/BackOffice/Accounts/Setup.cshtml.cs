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

    public IActionResult OnGet() => IsOpen() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!IsOpen())
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

        // Two tabs may race for the link: the user count is checked again right before creating.
        if (users.Users.Any())
        {
            setup.Close();
            return NotFound();
        }

        StaffUser? user = null;
        var result = await AccountChange.CommitAsync(db, async () =>
        {
            (user, var created) = await accounts.CreateAsync(Email!, DisplayName!, Password ?? "", StaffRoles.Administrator);
            if (created.Succeeded)
            {
                await audit.RecordAsync(user.Id, user.Email ?? "", "setup.administrator");
            }

            return created;
        });
        if (!result.Succeeded || user is null)
        {
            IdentityMessages.AddTo(ModelState, nameof(Password), result, text);
            return Page();
        }

        setup.Close();
        await signIn.SignInAsync(user, isPersistent: false);
        TempData["Notice"] = text["Setup.Done"].Value;
        return Redirect(BackOfficeExtensions.PathPrefix);
    }

    private bool IsOpen() => setup.Matches(Token) && !users.Users.Any();
}
