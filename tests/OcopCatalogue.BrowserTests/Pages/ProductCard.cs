namespace OcopCatalogue.BrowserTests.Pages;

/// <summary>A product as its card in a list shows it: the name and the stars (null when the card shows none).</summary>
public sealed record ProductCard(string Name, string Path, int? Stars);
