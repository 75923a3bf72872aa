namespace OcopCatalogue.Web.Content.Publishing;

/// <summary>The kinds of content item a <see cref="ContentPublished"/> notification can name.</summary>
public enum ContentItemType
{
    Producer = 1,
    SalesPoint = 2,
    Product = 3,
    Certificate = 4,
    Page = 5,
    Batch = 6,
}
