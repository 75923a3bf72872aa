namespace OcopCatalogue.Web.Search;

/// <summary>
/// What one update of the index did, by row id, so caches derived from it (<see cref="IndexedFacts"/>) can follow
/// it instead of reading every row again. Rows are never changed in place: an updated document is a removed row
/// and an added one.
/// </summary>
public sealed record IndexChange(long From, long To, IReadOnlyList<long> Removed, IReadOnlyList<long> Added);
