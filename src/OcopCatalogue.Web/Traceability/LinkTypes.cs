namespace OcopCatalogue.Web.Traceability;

/// <summary>The GS1 Web Vocabulary link types the resolver answers.</summary>
public static class LinkTypes
{
    public const string Vocabulary = "https://gs1.org/voc/";
    public const string ProductInfo = "gs1:pip";
    public const string CertificationInfo = "gs1:certificationInfo";
    public const string HasRetailers = "gs1:hasRetailers";
    public const string Traceability = "gs1:traceability";
    public const string DefaultLink = "gs1:defaultLink";
    public const string Linkset = "linkset";
    public const string LinksetMediaType = "application/linkset+json";

    /// <summary>The full IRI of a <c>gs1:</c> compact link type, as RFC 9264 linksets name relations.</summary>
    public static string Iri(string compact) => Vocabulary + compact["gs1:".Length..];
}
