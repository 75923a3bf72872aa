using System.ComponentModel.DataAnnotations;

namespace OcopCatalogue.Web.Hardening;

/// <summary>How often one network may try something (<c>Ocop:RateLimits</c>); tests lower them to see the refusal.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Ocop:RateLimits";

    /// <summary>Sign-in, second-factor and set-up form posts per minute from one network (/24 or /48).</summary>
    [Range(1, 1_000_000)]
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>Search suggestions per minute from one network: a fast typist asks a few a second for a moment.</summary>
    [Range(1, 1_000_000)]
    public int SuggestPerMinute { get; set; } = 120;
}
