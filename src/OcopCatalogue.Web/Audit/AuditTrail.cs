using System.Security.Claims;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Audit;

/// <summary>Writes the audit trail; every back-office state change calls it once the change is saved.</summary>
public sealed class AuditTrail(OcopDbContext db, TimeProvider clock)
{
    public async Task RecordAsync(ClaimsPrincipal by, string action, ContentItemType? type = null, Guid? itemId = null,
        string? detail = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        await RecordAsync(by.FindFirstValue(ClaimTypes.NameIdentifier), by.Identity?.Name ?? "", action, type, itemId, detail, ct).ConfigureAwait(false);
    }

    /// <summary>For actions with no signed-in user yet, such as a failed sign-in (<paramref name="userName"/> is what was typed).</summary>
    public async Task RecordAsync(string? userId, string userName, string action, ContentItemType? type = null, Guid? itemId = null,
        string? detail = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(userName);
        db.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = userId,
            UserName = userName.Length > 256 ? userName[..256] : userName,
            Action = action,
            ItemType = type,
            ItemId = itemId,
            Detail = detail is { Length: > 2000 } ? detail[..2000] : detail,
        });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
