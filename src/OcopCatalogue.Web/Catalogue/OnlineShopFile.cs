using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.Web.Catalogue;

/// <summary>An online shop link in a uSync file.</summary>
public sealed record OnlineShopFile : IOnlineShopFields
{
    public string Label { get; init; } = "";
    public string Url { get; init; } = "";
}
