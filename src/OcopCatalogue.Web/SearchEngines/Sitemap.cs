using System.Globalization;
using System.Text;
using System.Xml;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.SearchEngines;

/// <summary>
/// The sitemap protocol (sitemaps.org 0.9) as an index of parts: each public page is listed twice, in Vietnamese and
/// in English, with both languages (and Vietnamese as x-default) as <c>xhtml:link</c> alternates, as the layout's
/// hreflang links say. A part holds at most <see cref="SearchEngineOptions.SitemapPartSize"/> addresses.
/// </summary>
public static class Sitemap
{
    public const string IndexPath = "/sitemap.xml";
    public const string ContentType = "application/xml; charset=utf-8";
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>The path of part <paramref name="number"/> (from 1).</summary>
    public static string PartPath(int number) => "/sitemap-" + number.ToString(CultureInfo.InvariantCulture) + ".xml";

    /// <summary>Every address in order: each page in Vietnamese, then in English.</summary>
    public static IReadOnlyList<(string Path, SitemapEntry Entry)> Addresses(IReadOnlyList<SitemapEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var addresses = new List<(string, SitemapEntry)>(entries.Count * 2);
        foreach (var entry in entries)
        {
            addresses.Add((entry.VietnamesePath, entry));
            addresses.Add((SiteLanguage.ToEnglish(entry.VietnamesePath), entry));
        }

        return addresses;
    }

    public static int PartCount(int addresses, int partSize) => Math.Max(1, (addresses + partSize - 1) / partSize);

    public static byte[] Index(IReadOnlyList<(string Path, SitemapEntry Entry)> addresses, int partSize, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        return Write(writer =>
        {
            writer.WriteStartElement("sitemapindex", Namespace);
            for (var part = 1; part <= PartCount(addresses.Count, partSize); part++)
            {
                writer.WriteStartElement("sitemap", Namespace);
                writer.WriteElementString("loc", Namespace, baseUrl + PartPath(part));
                var newest = addresses.Skip((part - 1) * partSize).Take(partSize).Max(a => a.Entry.LastModified);
                if (newest is { } date)
                {
                    writer.WriteElementString("lastmod", Namespace, W3CDate(date));
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
    }

    /// <summary>Part <paramref name="number"/>, or null past the last part.</summary>
    public static byte[]? Part(IReadOnlyList<(string Path, SitemapEntry Entry)> addresses, int number, int partSize, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        if (number < 1 || number > PartCount(addresses.Count, partSize))
        {
            return null;
        }

        return Write(writer =>
        {
            writer.WriteStartElement("urlset", Namespace);
            writer.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
            foreach (var (path, entry) in addresses.Skip((number - 1) * partSize).Take(partSize))
            {
                writer.WriteStartElement("url", Namespace);
                writer.WriteElementString("loc", Namespace, baseUrl + path);
                if (entry.LastModified is { } date)
                {
                    writer.WriteElementString("lastmod", Namespace, W3CDate(date));
                }

                var vietnamese = baseUrl + entry.VietnamesePath;
                Alternate(writer, "vi", vietnamese);
                Alternate(writer, "en", baseUrl + SiteLanguage.ToEnglish(entry.VietnamesePath));
                Alternate(writer, "x-default", vietnamese);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
    }

    /// <summary>A W3C datetime in UTC, to the second, as the protocol's <c>lastmod</c> takes.</summary>
    public static string W3CDate(DateTimeOffset date) =>
        date.ToUniversalTime().ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);

    private static void Alternate(XmlWriter writer, string language, string href)
    {
        writer.WriteStartElement("xhtml", "link", Xhtml);
        writer.WriteAttributeString("rel", "alternate");
        writer.WriteAttributeString("hreflang", language);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    private static byte[] Write(Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
        {
            writer.WriteStartDocument();
            body(writer);
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
