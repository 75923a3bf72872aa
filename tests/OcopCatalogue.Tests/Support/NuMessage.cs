namespace OcopCatalogue.Tests.Support;

/// <summary>One message of the W3C Nu HTML checker: the page it is about, where, and what is wrong.</summary>
public sealed record NuMessage(string Page, int Line, string Message)
{
    public override string ToString() => $"{Page} line {Line}: {Message}";
}
