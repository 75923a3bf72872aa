using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.BackOffice.Workflow;

/// <summary>Deleted items: anyone restores what they may work on; only editors purge or empty the bin.</summary>
public sealed class RecycleBinModel(RecycleBin bin, EditorialContentTypes types, IAuthorizationService authorization, IStringLocalizer<BackOfficeText> text)
    : EditorialPage(authorization, text)
{
    public IReadOnlyList<RecycleBinEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReadRightsAsync();
        Entries = [.. (await bin.EntriesAsync(User, cancellationToken)).Where(e => types.Find(e.ItemType) is not null)];
    }

    public Task<IActionResult> OnPostRestoreAsync(string type, Guid id, CancellationToken cancellationToken) =>
        ActAsync(type, id, (t, b) => b.RestoreAsync(User, t, id, cancellationToken), "Bin.Restored", cancellationToken);

    public Task<IActionResult> OnPostPurgeAsync(string type, Guid id, CancellationToken cancellationToken) =>
        ActAsync(type, id, (t, b) => b.PurgeAsync(User, t, id, cancellationToken), "Bin.Purged", cancellationToken);

    public async Task<IActionResult> OnPostEmptyAsync(CancellationToken cancellationToken)
    {
        var (outcome, purged) = await bin.EmptyAsync(User, cancellationToken);
        if (outcome == WorkflowOutcome.Forbidden)
        {
            return Forbid();
        }

        Notify("Bin.Emptied", purged);
        return Redirect("/backoffice/thung-rac");
    }

    public IEditorialContent KindOf(ContentItemType type) => types.Get(type);

    private async Task<IActionResult> ActAsync(string type, Guid id, Func<ContentItemType, RecycleBin, Task<WorkflowResult>> act, string doneKey, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<ContentItemType>(type, out var itemType) || !Enum.IsDefined(itemType) || types.Find(itemType) is null)
        {
            return NotFound();
        }

        var result = await act(itemType, bin);
        if (Refusal(result) is { } refused)
        {
            return refused;
        }

        if (!result.Succeeded)
        {
            await OnGetAsync(cancellationToken);
            return Page();
        }

        Notify(doneKey);
        return Redirect("/backoffice/thung-rac");
    }
}
