namespace OcopCatalogue.BrowserTests.Support;

/// <summary>One axe-core rule a page breaks, with the elements that break it.</summary>
public sealed record AxeViolation(string Id, string Impact, string Help, string HelpUrl, IReadOnlyList<AxeNode> Nodes)
{
    public override string ToString() =>
        $"{Id} ({Impact}): {Help} [{HelpUrl}]" + string.Concat(Nodes.Select(n => $"{Environment.NewLine}    at {n}"));
}
