namespace OcopCatalogue.Web.Sharing;

/// <summary>What a share image shows: one published item, or the site itself (pages without an item of their own).</summary>
public enum ShareImageKind
{
    Site = 0,
    Product = 1,
    Producer = 2,
    SalesPoint = 3,
}
