namespace OcopCatalogue.BrowserTests.Support;

/// <summary>An element axe-core found at fault: its CSS selector and what to fix.</summary>
public sealed record AxeNode(string Target, string? Summary)
{
    public override string ToString() =>
        Summary is null ? Target : $"{Target}: {Summary.ReplaceLineEndings(" ")}";
}
