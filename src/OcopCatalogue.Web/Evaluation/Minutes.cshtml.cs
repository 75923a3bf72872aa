using Microsoft.AspNetCore.Mvc;
using OcopCatalogue.Core.Evaluation;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Evaluation;

/// <summary>The minutes (PDF) and the result list (XLSX) of a round, for staff, the secretary and the chair.</summary>
public sealed class MinutesModel(OcopDbContext db, RoundResults results) : EvaluationPage(db)
{
    public async Task<IActionResult> OnGetAsync(Guid roundId, string format, CancellationToken cancellationToken)
    {
        var pdf = format == "bien-ban.pdf";
        if (!pdf && format != "ket-qua.xlsx")
        {
            return NotFound();
        }

        await LoadViewerAsync(cancellationToken);
        if (!(Viewer.IsManager || Viewer.HasSeat(roundId, EvaluationRole.Secretary) || Viewer.HasSeat(roundId, EvaluationRole.Chair)))
        {
            return NotFound();
        }

        var loaded = await results.LoadAsync(roundId, withSheets: pdf, cancellationToken);
        if (loaded is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return pdf
            ? File(EvaluationDocuments.MinutesPdf(loaded), "application/pdf", $"bien-ban-{loaded.Round.Year}.pdf")
            : File(await EvaluationDocuments.ResultListXlsxAsync(loaded, cancellationToken),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"ket-qua-{loaded.Round.Year}.xlsx");
    }
}
