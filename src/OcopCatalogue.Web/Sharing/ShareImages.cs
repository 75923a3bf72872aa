using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Media;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.Sharing;

/// <summary>
/// The share card of a published item (or of the site) in the current request's language, read from the store as its
/// public page reads it: the same name and fallback to Vietnamese, the same stars (none while revoked), the producer
/// only while it is published, the first library photo, else the group's illustration.
/// </summary>
public sealed class ShareImages(
    OcopDbContext db,
    IStringLocalizer<SiteText> text,
    MediaRenderer media,
    ShareImageRenderer renderer,
    IWebHostEnvironment environment,
    TimeProvider clock)
{
    /// <summary>The rendered file and its fingerprint, or null when the item is not published (or cannot be drawn).</summary>
    public async Task<(string File, string Fingerprint)?> ImageAsync(ShareImageKind kind, string? slug, string host, CancellationToken cancellationToken)
    {
        var found = await CardAsync(kind, slug, host, cancellationToken).ConfigureAwait(false);
        if (found is not { } item)
        {
            return null;
        }

        var file = await renderer.EnsureAsync(kind, item.Key, item.Card, cancellationToken).ConfigureAwait(false);
        return file is null ? null : (file, item.Card.Fingerprint);
    }

    /// <summary>The card and the file key of the item (its id and the language), or null when nothing is published at the slug.</summary>
    public async Task<(string Key, ShareCard Card)?> CardAsync(ShareImageKind kind, string? slug, string host, CancellationToken cancellationToken)
    {
        var language = SiteLanguage.LangCode;
        var site = text["Site.Name"].Value;
        switch (kind)
        {
            case ShareImageKind.Product:
                var product = await db.Products.AsNoTracking()
                    .Where(p => p.Slug == slug && p.State == PublicationState.Published)
                    .Select(p => new
                    {
                        p.Id,
                        p.Name,
                        p.NameEn,
                        p.Group,
                        Producer = p.Producer != null && p.Producer.State == PublicationState.Published ? p.Producer.Name : null,
                        ProducerEn = p.Producer != null && p.Producer.State == PublicationState.Published ? p.Producer.NameEn : null,
                        p.Images,
                    })
                    .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                if (product is null)
                {
                    return null;
                }

                var certificates = await db.Certificates.AsNoTracking().Where(c => c.ProductId == product.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
                var standing = OcopStanding.On(certificates, VietnamTime.Today(clock));
                var stars = standing.Status is CertificateStatus.Revoked ? null : standing.Stars;
                var photo = await PhotoAsync(product.Images.OrderBy(i => i.Order).Select(i => i.MediaId), cancellationToken).ConfigureAwait(false);
                var card = new ShareCard(
                    kind,
                    language,
                    TranslatedText.Pick(product.Name, product.NameEn).Text ?? product.Name,
                    product.Producer is null ? text[$"Group.{product.Group}"].Value : TranslatedText.Pick(product.Producer, product.ProducerEn).Text,
                    stars is { } s ? (int)s : null,
                    stars is { } rated ? text["Share.StarBadge", (int)rated].Value : null,
                    text[$"Status.{standing.Status}"].Value,
                    site,
                    host,
                    photo,
                    photo is null ? await IllustrationAsync(SiteFormat.GroupIllustration(product.Group), cancellationToken).ConfigureAwait(false) : null);
                return (Key(product.Id, language), card);

            case ShareImageKind.Producer:
                var producer = await db.Producers.AsNoTracking()
                    .Where(p => p.Slug == slug && p.State == PublicationState.Published)
                    .Select(p => new { p.Id, p.Name, p.NameEn, p.Kind, p.Address })
                    .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                return producer is null
                    ? null
                    : (Key(producer.Id, language), new ShareCard(
                        kind,
                        language,
                        TranslatedText.Pick(producer.Name, producer.NameEn).Text ?? producer.Name,
                        Join(text[$"ProducerKind.{producer.Kind}"].Value, producer.Address.Locality),
                        null,
                        null,
                        null,
                        site,
                        host,
                        null,
                        null));

            case ShareImageKind.SalesPoint:
                var point = await db.SalesPoints.AsNoTracking()
                    .Where(p => p.Slug == slug && p.State == PublicationState.Published)
                    .Select(p => new { p.Id, p.Name, p.NameEn, p.Kind, p.Address, p.Photos })
                    .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                if (point is null)
                {
                    return null;
                }

                var pointPhoto = await PhotoAsync(point.Photos.Select(p => p.MediaId), cancellationToken).ConfigureAwait(false);
                return (Key(point.Id, language), new ShareCard(
                    kind,
                    language,
                    TranslatedText.Pick(point.Name, point.NameEn).Text ?? point.Name,
                    Join(text[$"SalesPointKind.{point.Kind}"].Value, point.Address.Locality),
                    null,
                    null,
                    null,
                    site,
                    host,
                    pointPhoto,
                    null));

            default:
                return (language, new ShareCard(ShareImageKind.Site, language, text["Home.Title"].Value, text["Site.Description"].Value, null, null, null, site, host, null, null));
        }
    }

    private static string Key(Guid id, string language) => $"{id:D}-{language}";

    private static string? Join(string first, string? second) =>
        string.IsNullOrWhiteSpace(second) ? first : $"{first} · {second}";

    /// <summary>A JPEG rendition of the first ready library photo, at least as wide as the panel when the photo allows.</summary>
    private async Task<string?> PhotoAsync(IEnumerable<Guid?> mediaIds, CancellationToken cancellationToken)
    {
        foreach (var id in mediaIds)
        {
            if (id is not { } mediaId)
            {
                continue;
            }

            var item = await db.MediaItems.AsNoTracking()
                .Where(m => m.Id == mediaId && m.State == MediaState.Ready)
                .Select(m => new { m.Format, m.Width })
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (item is null)
            {
                continue;
            }

            var widths = media.WidthsFor(item.Width);
            var width = widths.Where(w => w >= ShareCardSvg.PanelWidth).DefaultIfEmpty(widths.Max()).Min();
            var file = await media.EnsureAsync(mediaId, item.Format, item.Width, new MediaRendition(width, MediaFormat.Jpeg), cancellationToken).ConfigureAwait(false);
            if (file is not null)
            {
                return file;
            }
        }

        return null;
    }

    private async Task<string?> IllustrationAsync(string webPath, CancellationToken cancellationToken)
    {
        var file = environment.WebRootFileProvider.GetFileInfo(webPath.TrimStart('/'));
        if (!file.Exists)
        {
            return null;
        }

        var stream = file.CreateReadStream();
        await using (stream.ConfigureAwait(false))
        {
            using var reader = new StreamReader(stream);
            return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
