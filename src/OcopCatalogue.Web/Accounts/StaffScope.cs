using System.Security.Claims;

namespace OcopCatalogue.Web.Accounts;

/// <summary>
/// Which content a member of staff may see and change. A writer limited to producers (as Umbraco limits a user
/// group to start nodes) works only on those producers and their products, certificates and batches; everyone
/// else works on everything. Every page that loads an item by id must ask <see cref="Allows"/> before showing or
/// changing it, and list pages filter with <see cref="Producers"/>, so a guessed URL or id reveals nothing.
/// </summary>
public sealed class StaffScope
{
    private readonly HashSet<Guid>? _producers;

    private StaffScope(HashSet<Guid>? producers) => _producers = producers;

    /// <summary>Null when unlimited; otherwise the producers this person may work on.</summary>
    public IReadOnlySet<Guid>? Producers => _producers;

    public bool IsLimited => _producers is not null;

    public static StaffScope Unlimited { get; } = new(null);

    public static StaffScope From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsInRole(StaffRoles.Writer) || user.IsInRole(StaffRoles.Editor) || user.IsInRole(StaffRoles.Administrator))
        {
            return Unlimited;
        }

        var claims = user.FindAll(StaffClaims.Producer).ToList();
        if (claims.Count == 0)
        {
            return Unlimited;
        }

        return new StaffScope([.. claims.Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)]);
    }

    /// <summary>May this person work on an item belonging to the given producer? Items without a producer
    /// (pages, sales points, district products) are open only to unlimited staff.</summary>
    public bool Allows(Guid? producerId) => _producers is null || (producerId is { } id && _producers.Contains(id));
}
