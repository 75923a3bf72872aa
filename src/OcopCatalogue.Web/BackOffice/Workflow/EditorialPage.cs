using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Web.Editorial;

namespace OcopCatalogue.Web.BackOffice.Workflow;

/// <summary>
/// What the back office's edit and workflow pages share: turning a <see cref="WorkflowResult"/> into a response
/// (404 for anything missing or out of scope, 403 for a role that may not, a message for the rest) and putting
/// problems beside the fields they concern.
/// </summary>
public abstract class EditorialPage(IAuthorizationService authorization, IStringLocalizer<BackOfficeText> text) : PageModel
{
    protected IStringLocalizer<BackOfficeText> Text { get; } = text;

    /// <summary>May the signed-in person publish? (Buttons show by it; every handler still asks the workflow.)</summary>
    public bool MayPublish { get; private set; }

    protected async Task ReadRightsAsync() =>
        MayPublish = (await authorization.AuthorizeAsync(User, BackOfficePolicies.Publish).ConfigureAwait(false)).Succeeded;

    protected void Notify(string key, params object[] arguments) => TempData["Notice"] = Text[key, arguments].Value;

    /// <summary>The response to a workflow request that did not succeed; null when it did.</summary>
    protected IActionResult? Refusal(WorkflowResult result, Func<string, string>? fieldOf = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        switch (result.Outcome)
        {
            case WorkflowOutcome.Done:
                return null;
            case WorkflowOutcome.NotFound:
                return NotFound();
            case WorkflowOutcome.Forbidden:
                return Forbid();
            case WorkflowOutcome.NotNow:
                ModelState.AddModelError("", Text["Workflow.NotNow"]);
                return null;
            default:
                foreach (var (field, problem) in result.Problems ?? [])
                {
                    ModelState.AddModelError(fieldOf?.Invoke(field) ?? "", Text[problem]);
                }

                return null;
        }
    }

    protected void AddProblems(IEnumerable<FormProblem> problems, string prefix)
    {
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var problem in problems)
        {
            ModelState.AddModelError($"{prefix}.{problem.Field}", Text[problem.Key, problem.Arguments]);
        }
    }
}
