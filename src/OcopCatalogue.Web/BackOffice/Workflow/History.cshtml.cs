using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Web.Editorial;

namespace OcopCatalogue.Web.BackOffice.Workflow;

/// <summary>
/// An item's versions, newest first, with what can be done from there: compare two, preview one, roll back to one
/// (and publish it, for editors), send the newest for review or back to its writer, publish, schedule.
/// </summary>
public sealed class HistoryModel(EditorialWorkflow workflow, EditorialContentTypes types, IAuthorizationService authorization, IStringLocalizer<BackOfficeText> text)
    : EditorialPage(authorization, text)
{
    /// <summary>Schedules are typed in Vietnam's time, which has no daylight saving.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public IEditorialContent Kind { get; private set; } = null!;
    public EditorialEntry Entry { get; private set; } = null!;
    public IReadOnlyList<ContentVersion> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string kind, Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(kind, id, cancellationToken) ?? Page();

    public Task<IActionResult> OnPostRollbackAsync(string kind, Guid id, int version, CancellationToken cancellationToken) =>
        ActAsync(kind, id, w => w.Drafts.RollbackAsync(User, Kind.Type, id, version, publish: false, cancellationToken), "Workflow.Done.RolledBack", cancellationToken);

    public Task<IActionResult> OnPostRollbackPublishAsync(string kind, Guid id, int version, CancellationToken cancellationToken) =>
        ActAsync(kind, id, w => w.Drafts.RollbackAsync(User, Kind.Type, id, version, publish: true, cancellationToken), "Workflow.Done.Published", cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(string kind, Guid id, int version, CancellationToken cancellationToken) =>
        ActAsync(kind, id, w => w.Publishing.PublishAsync(User, Kind.Type, id, version, cancellationToken), "Workflow.Done.Published", cancellationToken);

    public Task<IActionResult> OnPostUnpublishAsync(string kind, Guid id, CancellationToken cancellationToken) =>
        ActAsync(kind, id, w => w.Publishing.UnpublishAsync(User, Kind.Type, id, cancellationToken), "Workflow.Done.Unpublished", cancellationToken);

    public Task<IActionResult> OnPostSendAsync(string kind, Guid id, CancellationToken cancellationToken) =>
        ActAsync(kind, id, w => w.Drafts.SendForReviewAsync(User, Kind.Type, id, cancellationToken), "Workflow.Done.SentForReview", cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(string kind, Guid id, CancellationToken cancellationToken) =>
        ActAsync(kind, id, w => w.Drafts.ReturnToDraftAsync(User, Kind.Type, id, cancellationToken), "Workflow.Done.Returned", cancellationToken);

    public Task<IActionResult> OnPostScheduleAsync(string kind, Guid id, int version, string? publishAt, string? unpublishAt, CancellationToken cancellationToken)
    {
        var publish = ParseLocal(publishAt);
        var unpublish = ParseLocal(unpublishAt);
        if (publish is null && !string.IsNullOrWhiteSpace(publishAt) || unpublish is null && !string.IsNullOrWhiteSpace(unpublishAt))
        {
            return ActAsync(kind, id, _ => Task.FromResult(WorkflowResult.Invalid([("", "Workflow.Problem.DateTime")])), "", cancellationToken);
        }

        return ActAsync(kind, id, w => w.Schedules.ScheduleAsync(User, Kind.Type, id, version, publish, unpublish, cancellationToken), "Workflow.Done.Scheduled", cancellationToken);
    }

    /// <summary>A datetime-local value ("2026-03-04T08:30") in Vietnam's time; null when empty or malformed.</summary>
    public static DateTimeOffset? ParseLocal(string? text) =>
        DateTime.TryParseExact(text, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, VietnamOffset)
            : null;

    public static string Local(DateTimeOffset? at, string format = "dd/MM/yyyy HH:mm") =>
        at?.ToOffset(VietnamOffset).ToString(format, CultureInfo.InvariantCulture) ?? "";

    private async Task<IActionResult> ActAsync(string kind, Guid id, Func<EditorialWorkflow, Task<WorkflowResult>> act, string doneKey, CancellationToken cancellationToken)
    {
        if (await LoadAsync(kind, id, cancellationToken) is { } missing)
        {
            return missing;
        }

        var result = await act(workflow);
        if (Refusal(result) is { } refused)
        {
            return refused;
        }

        if (!result.Succeeded)
        {
            return await LoadAsync(kind, id, cancellationToken) ?? Page();
        }

        Notify(doneKey, result.Version ?? 0);
        return Redirect($"/backoffice/lich-su/{Kind.Segment}/{id}");
    }

    private async Task<IActionResult?> LoadAsync(string kind, Guid id, CancellationToken cancellationToken)
    {
        await ReadRightsAsync();
        if (types.FindBySegment(kind) is not { } found
            || await workflow.Queries.FindAsync(User, found.Type, id, cancellationToken) is not { } entry)
        {
            return NotFound();
        }

        Kind = found;
        Entry = entry;
        Versions = await workflow.Queries.HistoryAsync(User, found.Type, id, cancellationToken);
        ViewData["Title"] = Text["History.Title", entry.Item.Name].Value;
        return null;
    }
}
