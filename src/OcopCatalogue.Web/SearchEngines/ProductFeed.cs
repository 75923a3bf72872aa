using System.Text;
using System.Xml;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.SearchEngines;

/// <summary>
/// An Atom 1.0 feed (RFC 4287) of the most recently certified or updated products in one language: recording a
/// certificate and publishing a product both set the product's <c>UpdatedAt</c>, which orders and dates the entries.
/// Each entry's id is the product's key (<c>urn:uuid:</c>), so a renamed slug is still the same entry to a reader.
/// </summary>
public static class ProductFeed
{
    public const string VietnamesePath = "/san-pham/feed.atom";
    public const string EnglishPath = "/en/products/feed.atom";
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static string PathFor(bool english) => english ? EnglishPath : VietnamesePath;

    /// <summary>Writes the feed in the current UI culture's language.</summary>
    public static byte[] Write(IReadOnlyList<CatalogueEntry> products, int count, string baseUrl, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(products);
        ArgumentNullException.ThrowIfNull(text);
        var english = SiteLanguage.IsEnglish;
        var newest = products.OrderByDescending(p => p.UpdatedAt).ThenBy(p => p.Slug, StringComparer.Ordinal).Take(count).ToList();
        var self = baseUrl + PathFor(english);
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("feed", Atom);
            writer.WriteAttributeString("xml", "lang", null, SiteLanguage.LangCode);
            writer.WriteElementString("id", Atom, self);
            writer.WriteElementString("title", Atom, text["Feed.Title"].Value);
            writer.WriteElementString("subtitle", Atom, text["Feed.Subtitle"].Value);
            writer.WriteElementString("updated", Atom, Sitemap.W3CDate(newest.Count == 0 ? DateTimeOffset.UnixEpoch : newest.Max(p => p.UpdatedAt)));
            Link(writer, "self", self, "application/atom+xml");
            Link(writer, "alternate", baseUrl + SiteLanguage.Localize("/san-pham"), "text/html");
            writer.WriteStartElement("author", Atom);
            writer.WriteElementString("name", Atom, text["Site.Name"].Value);
            writer.WriteElementString("uri", Atom, baseUrl + SiteLanguage.Localize("/"));
            writer.WriteEndElement();
            foreach (var product in newest)
            {
                var name = TranslatedText.Pick(product.Name, product.NameEn).Text ?? product.Name;
                var group = text[$"Group.{product.Group}"].Value;
                writer.WriteStartElement("entry", Atom);
                writer.WriteElementString("id", Atom, "urn:uuid:" + product.Id.ToString("D"));
                writer.WriteElementString("title", Atom, name);
                writer.WriteElementString("updated", Atom, Sitemap.W3CDate(product.UpdatedAt));
                Link(writer, "alternate", baseUrl + SiteLanguage.Localize("/san-pham/" + product.Slug), "text/html");
                writer.WriteStartElement("category", Atom);
                writer.WriteAttributeString("term", product.Group.ToString());
                writer.WriteAttributeString("label", group);
                writer.WriteEndElement();
                var summary = text["Product.MetaDescription", name, group, text[$"Status.{product.Status}"].Value].Value;
                if (product.Stars is { } stars)
                {
                    summary = text["Feed.SummaryWithStars", summary, (int)stars].Value;
                }

                writer.WriteStartElement("summary", Atom);
                writer.WriteAttributeString("type", "text");
                writer.WriteString(summary);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static void Link(XmlWriter writer, string rel, string href, string type)
    {
        writer.WriteStartElement("link", Atom);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }
}
