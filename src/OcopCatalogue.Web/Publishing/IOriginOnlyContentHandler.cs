namespace OcopCatalogue.Web.Publishing;

/// <summary>
/// A handler whose work is shared by every server, not derived per server (writing the uSync files): it runs on the
/// server that published the change only, and other servers replaying the change's cache instruction skip it.
/// </summary>
public interface IOriginOnlyContentHandler : IContentPublishedHandler;
