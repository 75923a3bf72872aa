namespace OcopCatalogue.Core.Evaluation;

/// <summary>The answer of <see cref="EvaluationSteps.Take"/>: the progress after the step, or the refusal with its details.</summary>
public sealed record StepOutcome
{
    private StepOutcome(EvaluationProgress? next, StepRefusal? refusal, object[] arguments)
    {
        Next = next;
        Refusal = refusal;
        Arguments = arguments;
    }

    public EvaluationProgress? Next { get; }

    public StepRefusal? Refusal { get; }

    /// <summary>What the refusal's text takes (the missing local findings, the members outstanding...).</summary>
    public IReadOnlyList<object> Arguments { get; }

    public bool Allowed => Refusal is null;

    /// <summary>The key of the refusal's text in <see cref="EvaluationTexts"/>, or null when allowed.</summary>
    public string? MessageKey => Refusal is { } refusal ? KeyOf(refusal) : null;

    public static string KeyOf(StepRefusal refusal) => "Evaluation.Step." + refusal;

    public static StepOutcome Allow(EvaluationProgress next) => new(next, null, []);

    public static StepOutcome Refuse(StepRefusal refusal, params object[] arguments) => new(null, refusal, arguments);
}
