using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Web.BackOffice.Certificates;

/// <summary>Turns the typed form into an <see cref="EvaluationEvent"/>, putting every problem next to its field in Vietnamese.</summary>
public static class EvaluationFormReader
{
    public const string Prefix = "Form";

    public static EvaluationEvent? Read(EvaluationForm form, bool needsKind, ModelStateDictionary modelState, IStringLocalizer<BackOfficeText> text)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(text);
        var ok = true;
        EvaluationKind kind = default;
        if (needsKind && !(Enum.TryParse(form.Kind, out kind) && Enum.IsDefined(kind)))
        {
            modelState.AddModelError($"{Prefix}.{nameof(EvaluationForm.Kind)}", text["Certificates.Problem.KindUnknown"]);
            ok = false;
        }

        if (!CertificateFormat.TryScore(form.Score, out var score))
        {
            modelState.AddModelError($"{Prefix}.{nameof(EvaluationForm.Score)}", text["Certificates.Problem.ScoreUnreadable"]);
            ok = false;
        }

        IssuingLevel? level = null;
        if (!string.IsNullOrWhiteSpace(form.Level))
        {
            if (Enum.TryParse<IssuingLevel>(form.Level, out var parsed) && Enum.IsDefined(parsed))
            {
                level = parsed;
            }
            else
            {
                modelState.AddModelError($"{Prefix}.{nameof(EvaluationForm.Level)}", text["Certificates.Problem.LevelUnknown"]);
                ok = false;
            }
        }

        if (!CertificateFormat.TryDate(form.DecisionDate, out var date))
        {
            modelState.AddModelError($"{Prefix}.{nameof(EvaluationForm.DecisionDate)}", text["Certificates.Problem.DateUnreadable"]);
            ok = false;
        }

        return ok
            ? new EvaluationEvent
            {
                Kind = kind,
                Score = score,
                Level = level,
                DecisionNumber = form.DecisionNumber,
                DecisionDate = date,
                Note = form.Note,
            }
            : null;
    }

    /// <summary>Puts Core's findings next to the form fields they concern.</summary>
    public static void Report(IEnumerable<EvaluationFinding> findings, ModelStateDictionary modelState, IStringLocalizer<BackOfficeText> text)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(text);
        foreach (var finding in findings)
        {
            var field = finding.Field switch
            {
                nameof(EvaluationEvent.PublishedStars) => nameof(EvaluationForm.Score),
                var other => other,
            };
            modelState.AddModelError($"{Prefix}.{field}", text[$"Certificates.Problem.{finding.Problem}"]);
        }
    }

    /// <summary>Checks an uploaded scan (if any) and reports a refusal next to the file field.</summary>
    public static bool CheckScan(EvaluationForm form, ModelStateDictionary modelState, IStringLocalizer<BackOfficeText> text, out string? extension)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(text);
        extension = null;
        if (form.Scan is null)
        {
            return true;
        }

        if (DecisionScanStore.Check(form.Scan, out extension) is { } problem)
        {
            modelState.AddModelError($"{Prefix}.{nameof(EvaluationForm.Scan)}", text[$"Certificates.Scan.{problem}"]);
            return false;
        }

        return true;
    }
}
