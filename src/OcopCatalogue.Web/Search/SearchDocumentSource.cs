using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.Search;

/// <summary>Reads published content from the content store and turns it into search documents.</summary>
public sealed partial class SearchDocumentSource(OcopDbContext db, IStringLocalizer<SiteText> text, TimeProvider clock)
{
    /// <summary>Documents for every published item, or only for the given items when ids are passed.</summary>
    public async Task<List<SearchDocument>> LoadAsync(IReadOnlyCollection<Guid>? onlyIds = null, CancellationToken cancellationToken = default)
    {
        // Group names are indexed in Vietnamese whatever language the request that triggered indexing used.
        var previousCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = PublicSiteExtensions.Vietnamese;
        try
        {
            var documents = new List<SearchDocument>();
            documents.AddRange(await ProductsAsync(onlyIds, cancellationToken));
            documents.AddRange(await ProducersAsync(onlyIds, cancellationToken));
            documents.AddRange(await SalesPointsAsync(onlyIds, cancellationToken));
            return documents;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previousCulture;
        }
    }

    private async Task<IEnumerable<SearchDocument>> ProductsAsync(IReadOnlyCollection<Guid>? onlyIds, CancellationToken cancellationToken)
    {
        var query = db.Products.AsNoTracking()
            .Where(p => p.State == PublicationState.Published)
            .Where(p => p.Producer == null || p.Producer.State == PublicationState.Published);
        if (onlyIds is not null)
        {
            query = query.Where(p => onlyIds.Contains(p.Id));
        }

        var products = await query
            .Include(p => p.Producer)
            .Include(p => p.Certificates)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var today = VietnamTime.Today(clock);
        return products.Select(p =>
        {
            var standing = OcopStanding.On(p.Certificates, today);
            var subGroup = OcopSubGroups.Find(p.SubGroupCode);
            return new SearchDocument
            {
                ItemId = p.Id,
                Kind = SearchItemKind.Product,
                Slug = p.Slug,
                Title = p.Name,
                Subtitle = p.Producer?.Name,
                Producer = p.Producer?.Name,
                Group = (int)p.Group,
                GroupName = string.Join(' ', text[$"Group.{p.Group}"].Value, subGroup?.NameVi),
                Stars = (int?)standing.Stars,
                Locality = p.Producer is { } owner
                    ? owner.Address.GroupingLocality.Name
                    : AdministrativeUnits.GroupingLocality(p.OriginCurrentProvince, p.OriginLocality ?? p.OriginProvince).Name,
                // Old and new names both: "hau giang" and "can tho" each find a product of Long Mỹ.
                Place = p.Producer is { } producer
                    ? BothNames(producer.Address)
                    : string.Join(' ', p.OriginLocality, p.OriginProvince, p.OriginCurrentCommuneOrWard, p.OriginCurrentProvince),
                Body = string.Join(' ', p.ShortDescription, PlainText(p.StoryHtml)),
                Certificate = IndexedCertificate.From(standing),
            };
        });
    }

    private async Task<IEnumerable<SearchDocument>> ProducersAsync(IReadOnlyCollection<Guid>? onlyIds, CancellationToken cancellationToken)
    {
        var query = db.Producers.AsNoTracking().Where(p => p.State == PublicationState.Published);
        if (onlyIds is not null)
        {
            query = query.Where(p => onlyIds.Contains(p.Id));
        }

        var producers = await query.ToListAsync(cancellationToken);
        return producers.Select(p => new SearchDocument
        {
            ItemId = p.Id,
            Kind = SearchItemKind.Producer,
            Slug = p.Slug,
            Title = p.Name,
            Subtitle = text[$"ProducerKind.{p.Kind}"].Value,
            Locality = p.Address.GroupingLocality.Name,
            Place = BothNames(p.Address),
            Body = PlainText(p.StoryHtml),
        });
    }

    private async Task<IEnumerable<SearchDocument>> SalesPointsAsync(IReadOnlyCollection<Guid>? onlyIds, CancellationToken cancellationToken)
    {
        var query = db.SalesPoints.AsNoTracking().Where(s => s.State == PublicationState.Published);
        if (onlyIds is not null)
        {
            query = query.Where(s => onlyIds.Contains(s.Id));
        }

        var salesPoints = await query.ToListAsync(cancellationToken);
        return salesPoints.Select(s => new SearchDocument
        {
            ItemId = s.Id,
            Kind = SearchItemKind.SalesPoint,
            Slug = s.Slug,
            Title = s.Name,
            Subtitle = text[$"SalesPointKind.{s.Kind}"].Value,
            Locality = s.Address.GroupingLocality.Name,
            Place = BothNames(s.Address),
            Body = string.Join(' ', s.Operator, s.Description),
        });
    }

    /// <summary>The address as published and today's units, so either name finds the item.</summary>
    private static string BothNames(PostalAddress address) =>
        string.Join(' ', new[] { address.ToString(), address.CurrentCommuneOrWard, address.CurrentProvince }.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>Text of stored (already sanitised) HTML, for indexing only.</summary>
    internal static string PlainText(string? html) =>
        string.IsNullOrEmpty(html) ? "" : WebUtility.HtmlDecode(Tags().Replace(html, " "));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
