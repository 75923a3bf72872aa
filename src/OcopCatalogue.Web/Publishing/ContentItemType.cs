namespace OcopCatalogue.Web.Publishing;

/// <summary>The kinds of content item a <see cref="ContentPublished"/> notification can name.</summary>
public enum ContentItemType
{
    Producer = 1,
    SalesPoint = 2,
    Product = 3,
    Certificate = 4,
    Page = 5,
    Batch = 6,

    /// <summary>A photo in the media library (named in the audit trail; pages showing it are named as their own type).</summary>
    Media = 7,

    /// <summary>The stamps issued for a batch (named by the batch's id): issued or revoked serials.</summary>
    Stamps = 8,

    /// <summary>A locality mapping (uSync/localities): published units and today's. It shows on no page itself.</summary>
    Locality = 9,

    /// <summary>A criteria sheet of the evaluation (uSync/criteria-sheets); it shows on no public page.</summary>
    CriteriaSheet = 10,
}
