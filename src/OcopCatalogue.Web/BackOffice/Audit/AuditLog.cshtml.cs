using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.BackOffice.Audit;

/// <summary>The audit trail for administrators, newest first, filterable by action and person.</summary>
[Authorize(Policy = BackOfficePolicies.Administer)]
public sealed class AuditLogModel(OcopDbContext db) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public bool HasNext { get; private set; }

    public string? Action { get; private set; }

    public string? Who { get; private set; }

    public async Task OnGetAsync(string? action, string? who, int? p)
    {
        Action = string.IsNullOrWhiteSpace(action) ? null : action.Trim();
        Who = string.IsNullOrWhiteSpace(who) ? null : who.Trim();
        PageNumber = p is > 0 and < 100_000 ? p.Value : 1;
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (Action is not null)
        {
            query = query.Where(e => e.Action.StartsWith(Action));
        }

        if (Who is not null)
        {
            query = query.Where(e => e.UserName.Contains(Who));
        }

        var rows = await query.OrderByDescending(e => e.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync();
        HasNext = rows.Count > PageSize;
        Entries = rows.Take(PageSize).ToList();
    }
}
