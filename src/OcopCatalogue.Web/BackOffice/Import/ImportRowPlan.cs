using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Web.BackOffice.Import;

/// <summary>What the import makes of one row: the matches it found, what it will write, and what stops it.</summary>
public sealed class ImportRowPlan
{
    public required ProvinceListRow Row { get; init; }
    public List<ImportRowProblem> Problems { get; } = [];
    public List<EvaluationProblem> RuleProblems { get; } = [];

    public decimal? Score { get; set; }
    public StarRating? Stars { get; set; }
    public DateOnly? DecisionDate { get; set; }

    /// <summary>The producer on the site this row names; null when it will be created or the row names none.</summary>
    public Guid? ProducerId { get; set; }
    public bool CreatesProducer { get; set; }
    public ProducerKind? NewProducerKind { get; set; }

    public Guid? ProductId { get; set; }
    public bool CreatesProduct { get; set; }
    public OcopGroup? Group { get; set; }
    public string? SubGroupCode { get; set; }

    /// <summary>The decision as it will be recorded (a new record), when the row adds one.</summary>
    public EvaluationEvent? Evaluation { get; set; }
    /// <summary>The record whose missing facts this row fills in.</summary>
    public Guid? CompletesCertificateId { get; set; }

    public bool HasProblems => Problems.Count > 0 || RuleProblems.Count > 0;

    public ImportRowOutcome Outcome =>
        HasProblems ? ImportRowOutcome.Skipped
        : CompletesCertificateId is not null ? ImportRowOutcome.CompletesCertificate
        : Evaluation is not null ? ImportRowOutcome.NewCertificate
        : ImportRowOutcome.Unchanged;
}
