using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Core.Evaluation;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Evaluation;

/// <summary>Criteria sheets loaded as files (the uSync/criteria-sheets shape); only complete sheets can be scored.</summary>
public sealed class SheetsModel(OcopDbContext db, CriteriaSheets sheets, IStringLocalizer<EvaluationText> text) : EvaluationPage(db)
{
    public const long MaxFileBytes = 1024 * 1024;

    public List<EvaluationSheet> Sheets { get; private set; } = [];

    public List<string> Problems { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadViewerAsync(cancellationToken);
        Sheets = await sheets.ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        await LoadViewerAsync(cancellationToken);
        if (!Viewer.IsManager)
        {
            return Forbid();
        }

        if (file is null || file.Length == 0 || file.Length > MaxFileBytes)
        {
            Problems.Add(text["Evaluation.Sheet.FileRequired"]);
        }
        else
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            foreach (var problem in await sheets.LoadAsync(buffer.ToArray(), User, cancellationToken))
            {
                Problems.Add(EvaluationTexts.Keys.Contains(problem.MessageKey)
                    ? $"{problem.Field}: " + EvaluationTexts.Format(problem.MessageKey, CultureInfo.CurrentUICulture, problem.Arguments)
                    : $"{problem.Field}: " + text[problem.MessageKey, problem.Arguments].Value);
            }
        }

        if (Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            Sheets = await sheets.ListAsync(cancellationToken);
            return Page();
        }

        return Redirect("/backoffice/danh-gia/phieu");
    }
}
