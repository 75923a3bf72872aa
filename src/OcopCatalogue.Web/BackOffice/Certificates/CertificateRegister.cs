using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.BackOffice.Certificates;

/// <summary>
/// Where every certified product stands today, for the certificate dashboard and list. A province has hundreds of
/// certified products, not millions, so histories are read whole and judged by Core's <see cref="OcopStanding"/>
/// in memory, the same rule the public pages use.
/// </summary>
public sealed class CertificateRegister(OcopDbContext db, TimeProvider clock)
{
    /// <summary>Products with at least one certificate that this member of staff may see.</summary>
    public async Task<IReadOnlyList<ProductStanding>> StandingsAsync(StaffScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var today = VietnamTime.Today(clock);
        var query = db.Products.AsNoTracking().Where(p => p.Certificates.Any());
        if (scope.Producers is { } producers)
        {
            var allowed = producers.ToList();
            query = query.Where(p => p.ProducerId != null && allowed.Contains(p.ProducerId.Value));
        }

        var rows = await query
            .Select(p => new
            {
                p.Id,
                p.Name,
                p.State,
                p.ProducerId,
                ProducerName = p.Producer != null ? p.Producer.Name : null,
                Address = p.Producer != null ? p.Producer.Address : null,
                p.OriginLocality,
                p.OriginProvince,
                p.OriginCurrentProvince,
                p.Certificates,
            })
            .ToListAsync(cancellationToken);

        return [.. rows.Select(p => new ProductStanding
        {
            ProductId = p.Id,
            ProductName = p.Name,
            ProductState = p.State,
            ProducerId = p.ProducerId,
            ProducerName = p.ProducerName,
            // Today's province where it is known (as the catalogue's filter and the statistics group), else as published.
            Locality = p.Address?.CurrentProvince ?? p.Address?.Locality ?? p.OriginCurrentProvince ?? p.OriginLocality ?? p.OriginProvince ?? "",
            Address = p.Address?.ToString() ?? string.Join(", ", new[] { p.OriginLocality, p.OriginProvince }.Where(part => !string.IsNullOrWhiteSpace(part))),
            Standing = OcopStanding.On(p.Certificates, today),
            Today = today,
            CertificateCount = p.Certificates.Count,
        })];
    }

    /// <summary>The product a certificate belongs to, or null for an unknown certificate.</summary>
    public Task<Guid?> ProductOfAsync(Guid certificateId, CancellationToken cancellationToken) =>
        db.Certificates.Where(c => c.Id == certificateId).Select(c => (Guid?)c.ProductId).SingleOrDefaultAsync(cancellationToken);

    /// <summary>The certificate's scan name and its product's producer, for serving the scan; null for an unknown certificate.</summary>
    public async Task<(string? Scan, Guid? ProducerId)?> ScanOfAsync(Guid certificateId, CancellationToken cancellationToken)
    {
        var found = await db.Certificates.AsNoTracking()
            .Where(c => c.Id == certificateId)
            .Join(db.Products, c => c.ProductId, p => p.Id, (c, p) => new { c.DecisionScan, p.ProducerId })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.DecisionScan, found.ProducerId);
    }
}
