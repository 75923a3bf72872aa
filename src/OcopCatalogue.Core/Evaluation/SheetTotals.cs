namespace OcopCatalogue.Core.Evaluation;

/// <summary>A score sheet's points added up: per part code ("A", "B", "C") and in all.</summary>
public sealed record SheetTotals(IReadOnlyDictionary<string, decimal> Parts, decimal Total);
