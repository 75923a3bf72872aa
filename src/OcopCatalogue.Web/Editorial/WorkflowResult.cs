namespace OcopCatalogue.Web.Editorial;

/// <summary>The result of a workflow request: the outcome, the version it made or touched, and any problems by field.</summary>
public sealed record WorkflowResult(WorkflowOutcome Outcome, int? Version = null, IReadOnlyList<(string Field, string Problem)>? Problems = null)
{
    public static WorkflowResult NotFound { get; } = new(WorkflowOutcome.NotFound);
    public static WorkflowResult Forbidden { get; } = new(WorkflowOutcome.Forbidden);
    public static WorkflowResult NotNow { get; } = new(WorkflowOutcome.NotNow);

    public bool Succeeded => Outcome == WorkflowOutcome.Done;

    public static WorkflowResult Done(int? version = null) => new(WorkflowOutcome.Done, version);

    public static WorkflowResult Invalid(IReadOnlyList<(string Field, string Problem)> problems) => new(WorkflowOutcome.Invalid, Problems: problems);
}
