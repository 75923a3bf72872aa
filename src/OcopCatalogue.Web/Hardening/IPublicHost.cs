namespace OcopCatalogue.Web.Hardening;

/// <summary>
/// Which Host headers the site answers (<see cref="PublicHostFilter"/>); the public site implements it from its
/// configured address, so hardening need not know how that address is configured.
/// </summary>
public interface IPublicHost
{
    /// <summary>True when the request's Host is one the site may name in its answers.</summary>
    bool Serves(HttpContext context);
}
