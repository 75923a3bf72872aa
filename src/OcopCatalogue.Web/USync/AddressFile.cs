using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.Web.USync;

/// <summary>An address in a uSync file, kept exactly as the source published it, with today's units beside it
/// (<c>currentCommuneOrWard</c>, <c>currentProvince</c>; null when not certain, see <c>uSync/localities/</c>).</summary>
public sealed record AddressFile : IPostalAddressFields
{
    public string? Street { get; init; }
    public string? CommuneOrWard { get; init; }
    public string? District { get; init; }
    public string Province { get; init; } = "";
    public string? CurrentCommuneOrWard { get; init; }
    public string? CurrentProvince { get; init; }

    public static AddressFile Of(PostalAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return new()
        {
            Street = address.Street,
            CommuneOrWard = address.CommuneOrWard,
            District = address.District,
            Province = address.Province,
            CurrentCommuneOrWard = address.CurrentCommuneOrWard,
            CurrentProvince = address.CurrentProvince,
        };
    }

    /// <summary>Into the tracked instance: EF maps the address into its owner's row, and swapping the instance of an
    /// owned entity can lose the values.</summary>
    public void CopyTo(PostalAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        address.Street = Street;
        address.CommuneOrWard = CommuneOrWard;
        address.District = District;
        address.Province = Province;
        address.CurrentCommuneOrWard = CurrentCommuneOrWard;
        address.CurrentProvince = CurrentProvince;
    }
}
