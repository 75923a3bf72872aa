namespace OcopCatalogue.Core.Catalogue;

/// <summary>
/// An address kept exactly as the source document published it. Vietnam merged provinces and abolished
/// districts in 2025, so the district is optional and nothing is rewritten to today's units.
/// </summary>
public sealed class PostalAddress
{
    public string? Street { get; set; }
    public string? CommuneOrWard { get; set; }
    public string? District { get; set; }
    public string Province { get; set; } = "";

    /// <summary>The most specific locality a visitor would recognise: district when published, else commune/ward, else province.</summary>
    public string Locality => FirstNonEmpty(District, CommuneOrWard, Province);

    public override string ToString() =>
        string.Join(", ", new[] { Street, CommuneOrWard, District, Province }.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string FirstNonEmpty(params string?[] parts) => parts.FirstOrDefault(p => !string.IsNullOrWhiteSpace(p)) ?? "";
}
