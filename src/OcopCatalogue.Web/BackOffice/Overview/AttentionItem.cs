namespace OcopCatalogue.Web.BackOffice.Overview;

/// <summary>
/// One count on the overview of what needs attention, and the list that shows exactly those items (<see cref="Href"/>,
/// followed only when there is something to see).
/// </summary>
public sealed record AttentionItem(string Key, string Label, int Count, string Href);
