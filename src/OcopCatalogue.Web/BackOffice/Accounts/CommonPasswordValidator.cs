using Microsoft.AspNetCore.Identity;
using OcopCatalogue.Core.Text;
using OcopCatalogue.Web.Accounts;

namespace OcopCatalogue.Web.BackOffice.Accounts;

/// <summary>
/// Refuses passwords people guess first even when long enough: well-known words or keyboard runs padded with
/// digits ("matkhau12345", "qwertyuiop123"), too few different characters, or the person's own e-mail name.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<StaffUser>
{
    public const string Code = "CommonPassword";

    // Stems of the most used passwords in public breach lists, plus the Vietnamese and site-specific favourites.
    private static readonly string[] Stems =
    [
        "password", "passw0rd", "matkhau", "mat khau", "qwerty", "qwertyuiop", "asdfgh", "asdfghjkl", "zxcvbnm",
        "123456", "1234567890", "987654321", "abc123", "abcdef", "iloveyou", "admin", "administrator", "welcome",
        "letmein", "dragon", "monkey", "sunshine", "princess", "football", "baseball", "superman", "trustno1",
        "ocop", "ocopcatalogue", "motxamotsanpham", "vietnam", "hanoi", "saigon", "hochiminh", "anhyeuem", "emyeuanh",
        "changeme", "default", "secret", "master", "login", "user", "test", "guest",
    ];

    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(IsCommon(password ?? "", user.Email)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = Code })
            : IdentityResult.Success);
    }

    public static bool IsCommon(string password, string? email)
    {
        ArgumentNullException.ThrowIfNull(password);
        var folded = VietnameseText.Fold(password).Replace(" ", "", StringComparison.Ordinal);
        if (folded.Distinct().Count() < 5)
        {
            return true;
        }

        // What is left once the well-known stems and the padding people add (digits, punctuation) are removed.
        var rest = folded;
        foreach (var stem in Stems.Select(s => s.Replace(" ", "", StringComparison.Ordinal)).OrderByDescending(s => s.Length))
        {
            rest = rest.Replace(stem, "", StringComparison.Ordinal);
        }

        // Digits and symbols tacked on add little: a few at most count, however many there are.
        var meaningful = rest.Count(char.IsLetter)
            + Math.Min(rest.Where(char.IsDigit).Distinct().Count(), 2)
            + Math.Min(rest.Count(c => !char.IsLetterOrDigit(c)), 1);
        if (meaningful < 4)
        {
            return true;
        }

        var localPart = email?.Split('@')[0];
        return localPart is { Length: >= 4 } && folded.Contains(VietnameseText.Fold(localPart), StringComparison.Ordinal);
    }
}
