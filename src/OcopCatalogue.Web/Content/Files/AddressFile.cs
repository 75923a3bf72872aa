namespace OcopCatalogue.Web.Content.Files;

/// <summary>An address in a uSync file, kept exactly as the source published it.</summary>
public sealed record AddressFile
{
    public string? Street { get; init; }
    public string? CommuneOrWard { get; init; }
    public string? District { get; init; }
    public string Province { get; init; } = "";
}
