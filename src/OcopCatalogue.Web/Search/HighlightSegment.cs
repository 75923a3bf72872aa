namespace OcopCatalogue.Web.Search;

/// <summary>A piece of a title: plain text, or text that matched a searched word.</summary>
public sealed record HighlightSegment(string Text, bool IsMatch);
