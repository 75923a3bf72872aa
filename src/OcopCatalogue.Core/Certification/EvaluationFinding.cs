namespace OcopCatalogue.Core.Certification;

/// <summary>One problem with a typed decision, with the <see cref="EvaluationEvent"/> property it belongs next to.</summary>
public sealed record EvaluationFinding(string Field, EvaluationProblem Problem);
