using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Web.Editorial;

namespace OcopCatalogue.Web.BackOffice.Workflow;

/// <summary>Two versions of an item side by side, field by field, changed fields marked.</summary>
public sealed class CompareModel(EditorialQueries queries, EditorialContentTypes types, OcopCatalogue.Web.Data.OcopDbContext db) : PageModel
{
    public IEditorialContent Kind { get; private set; } = null!;
    public EditorialEntry Entry { get; private set; } = null!;
    public ContentVersion Before { get; private set; } = null!;
    public ContentVersion After { get; private set; } = null!;
    public IReadOnlyList<FieldChange> Fields { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string kind, Guid id, string? a, string? b, CancellationToken cancellationToken)
    {
        if (types.FindBySegment(kind) is not { } found
            || await queries.FindAsync(User, found.Type, id, cancellationToken) is not { } entry
            || entry.Newest is not { } newest)
        {
            return NotFound();
        }

        // Malformed numbers fall back to the two newest versions rather than failing.
        var after = int.TryParse(b, out var nb) ? nb : newest.Number;
        var before = int.TryParse(a, out var na) ? na : Math.Max(1, after - 1);
        if (await queries.VersionAsync(found.Type, id, before, cancellationToken) is not { } first
            || await queries.VersionAsync(found.Type, id, after, cancellationToken) is not { } second)
        {
            return NotFound();
        }

        Kind = found;
        Entry = entry;
        Before = first;
        After = second;
        Fields = await NamedAsync(VersionComparison.Compare(first.Snapshot, second.Snapshot), cancellationToken);
        return Page();
    }

    /// <summary>Keys of producers and sales points shown by name, as an editor knows them.</summary>
    private async Task<IReadOnlyList<FieldChange>> NamedAsync(IReadOnlyList<FieldChange> fields, CancellationToken cancellationToken)
    {
        var keys = fields.SelectMany(f => new[] { f.Before, f.After }).SelectMany(v => v.Split('\n'))
            .Select(v => Guid.TryParse(v, out var key) ? key : Guid.Empty).Where(k => k != Guid.Empty).Distinct().ToList();
        if (keys.Count == 0)
        {
            return fields;
        }

        var names = await db.Producers.AsNoTracking().Where(p => keys.Contains(p.Id)).Select(p => new { p.Id, p.Name })
            .Concat(db.SalesPoints.AsNoTracking().Where(s => keys.Contains(s.Id)).Select(s => new { s.Id, s.Name }))
            .ToDictionaryAsync(n => n.Id.ToString(), n => n.Name, cancellationToken);
        string Name(string value) => string.Join("\n", value.Split('\n').Select(v => names.GetValueOrDefault(v, v)));
        return [.. fields.Select(f => f with { Before = Name(f.Before), After = Name(f.After) })];
    }
}
