using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.BackOffice;

/// <summary>
/// Tells the member of staff whose action published content that a step after the publish failed (for example
/// writing the item's uSync file), instead of the plain success they would otherwise read. The change itself is
/// committed; the failure is in the site's log with its details.
/// </summary>
public sealed class PublishFailureNotice : IAsyncPageFilter
{
    public const string TempDataKey = "Warning";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        await next().ConfigureAwait(false);
        var services = context.HttpContext.RequestServices;
        var failed = services.GetService<ContentPublisher>()?.FailedHandlers;
        if (failed is not { Count: > 0 })
        {
            return;
        }

        var text = services.GetRequiredService<IStringLocalizer<BackOfficeText>>();
        var steps = failed.Distinct().Select(name => text[$"Publishing.Step.{name}"] is { ResourceNotFound: false } step ? step.Value : name);
        var tempData = services.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context.HttpContext);
        tempData[TempDataKey] = text["Publishing.Failed", string.Join(", ", steps)].Value;
    }
}
