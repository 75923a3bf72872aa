using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Web.Evaluation;

/// <summary>An evaluation round staff open for a year and a level; products are registered into it.</summary>
public sealed class EvaluationRound
{
    public const int MaxNameLength = 200;

    public Guid Id { get; set; }
    public int Year { get; set; }
    public IssuingLevel Level { get; set; } = IssuingLevel.Province;
    public string Name { get; set; } = "";
    /// <summary>Last day producers may submit their dossier.</summary>
    public DateOnly? SubmissionDeadline { get; set; }
    /// <summary>Last day the commune and the advisory group screen a dossier.</summary>
    public DateOnly? ScreeningDeadline { get; set; }
    /// <summary>Last day the council scores.</summary>
    public DateOnly? ScoringDeadline { get; set; }
    /// <summary>The council's own spread limit, or null for the site's configured one.</summary>
    public decimal? SpreadLimit { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
