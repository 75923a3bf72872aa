namespace OcopCatalogue.Core.SalesPoints;

/// <summary>
/// Open or closed at one instant, with the next change: when open, the time it closes; when closed, the time it
/// opens next (null when no opening is scheduled within a year). Times carry Vietnam's offset.
/// </summary>
public sealed record OpeningStatus(bool IsOpen, DateTimeOffset? ClosesAt, DateTimeOffset? OpensAt);
