using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.Web.Addresses;

/// <summary>
/// An address as a page shows it: today's address when its units are known and it reads differently, with the
/// published one beside it ("địa chỉ trước 1/7/2025"); otherwise only the published address, never a guess.
/// </summary>
public sealed record AddressDisplay(string Published, string? Current)
{
    /// <summary>Today's address, only when it differs from the published one.</summary>
    public string? ShownCurrent => Current is { } current && !string.Equals(current, Published, StringComparison.Ordinal) ? current : null;

    public static AddressDisplay Of(PostalAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return new(address.ToString(), address.CurrentText);
    }

    /// <summary>The origin of a product without a producer: its locality and province as published, and today's units.</summary>
    public static AddressDisplay OfOrigin(string? locality, string? province, string? currentCommune, string? currentProvince) =>
        new(string.Join(", ", new[] { locality, province }.Where(x => !string.IsNullOrWhiteSpace(x))),
            AdministrativeUnits.CurrentText(null, currentCommune, currentProvince));

    public override string ToString() => ShownCurrent ?? Published;
}
