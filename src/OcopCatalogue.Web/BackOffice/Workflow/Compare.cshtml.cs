using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OcopCatalogue.Web.BackOffice.Workflow;

/// <summary>Two versions of an item side by side, field by field, changed fields marked.</summary>
public sealed class CompareModel(EditorialWorkflow workflow, EditorialContentTypes types) : PageModel
{
    public IEditorialContent Kind { get; private set; } = null!;
    public EditorialEntry Entry { get; private set; } = null!;
    public ContentVersion Before { get; private set; } = null!;
    public ContentVersion After { get; private set; } = null!;
    public IReadOnlyList<FieldChange> Fields { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string kind, Guid id, string? a, string? b, CancellationToken cancellationToken)
    {
        if (types.FindBySegment(kind) is not { } found
            || await workflow.FindAsync(User, found.Type, id, cancellationToken) is not { } entry
            || entry.Newest is not { } newest)
        {
            return NotFound();
        }

        // Malformed numbers fall back to the two newest versions rather than failing.
        var after = int.TryParse(b, out var nb) ? nb : newest.Number;
        var before = int.TryParse(a, out var na) ? na : Math.Max(1, after - 1);
        if (await workflow.VersionAsync(found.Type, id, before, cancellationToken) is not { } first
            || await workflow.VersionAsync(found.Type, id, after, cancellationToken) is not { } second)
        {
            return NotFound();
        }

        Kind = found;
        Entry = entry;
        Before = first;
        After = second;
        Fields = VersionComparison.Compare(first.Snapshot, second.Snapshot);
        return Page();
    }
}
