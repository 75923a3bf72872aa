namespace OcopCatalogue.Web.USync;

/// <summary>Why one uSync file was not imported, with the 1-based line and column when they are known.</summary>
public sealed record ImportProblem(string Path, int? Line, int? Column, string Message)
{
    public override string ToString() => (Line, Column) switch
    {
        ({ } line, { } column) => $"{Path}:{line}:{column}: {Message}",
        ({ } line, null) => $"{Path}:{line}: {Message}",
        _ => $"{Path}: {Message}",
    };
}
