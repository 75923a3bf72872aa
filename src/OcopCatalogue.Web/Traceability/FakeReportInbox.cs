using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Hardening;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// Where fake reports arrive: stores them with their photo under <c>reports/</c> in the shared storage directory
/// (the data directory unless <c>Ocop:Storage:Directory</c> is set) and gives staff the list.
/// </summary>
public sealed partial class FakeReportInbox(
    OcopDbContext db,
    NetworkSalt salt,
    TimeProvider clock,
    IOptions<ContentStoreOptions> options,
    IHostEnvironment environment)
{
    public const string PhotoFolder = "reports";

    /// <summary>The folder photos are kept in.</summary>
    public string PhotoDirectory => Path.Combine(options.Value.ResolveStorageDirectory(environment), PhotoFolder);

    /// <summary>The photo's format from its first bytes, or null when it is not a JPEG, PNG or WebP image.</summary>
    public static async Task<PhotoFormat?> DetectPhotoAsync(IFormFile photo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(photo);
        var header = new byte[PhotoSignature.HeaderLength];
        await using var stream = photo.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        return PhotoSignature.Detect(header.AsSpan(0, read));
    }

    /// <summary>Stores a report already validated, with its photo when <paramref name="cleanPhoto"/> (a JPEG made by
    /// <see cref="ReportPhotos"/>, never the sent file) is given.</summary>
    public async Task<FakeReport> SubmitAsync(
        TraceBatch batch,
        string? serial,
        FakeReportInput input,
        byte[]? cleanPhoto,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        string? photoPath = null;
        if (cleanPhoto is not null)
        {
            Directory.CreateDirectory(PhotoDirectory);
            // The client's file name could hold "../" or a script extension: only our random name touches the disk.
            var name = Guid.NewGuid().ToString("N") + ".jpg";
            photoPath = Path.Combine(PhotoDirectory, name);
            await SharedFiles.WriteAsync(photoPath, cleanPhoto, cancellationToken);
        }

        var report = new FakeReport
        {
            ProductId = batch.ProductId,
            BatchId = batch.Id,
            Serial = serial,
            ReportedAt = clock.GetUtcNow().ToUniversalTime(),
            WhatIsWrong = input.WhatIsWrong!.Trim(),
            WhereBought = input.WhereBought!.Trim(),
            Contact = string.IsNullOrWhiteSpace(input.Contact) ? null : input.Contact.Trim(),
            PhotoFileName = photoPath is null ? null : Path.GetFileName(photoPath),
            NetworkKey = NetworkKey.From(context.Connection.RemoteIpAddress, salt.Bytes),
        };
        db.Set<FakeReport>().Add(report);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // A photo without its report would be an orphan nobody can find or delete.
            if (photoPath is not null)
            {
                File.Delete(photoPath);
            }

            throw;
        }

        return report;
    }

    /// <summary>
    /// The full path of a stored photo, or null when the name is not one this inbox gives out (so no request can
    /// walk out of the folder) or the file is gone.
    /// </summary>
    public string? PhotoPath(string? storedName)
    {
        if (storedName is null || !StoredName().IsMatch(storedName))
        {
            return null;
        }

        var path = Path.Combine(PhotoDirectory, storedName);
        return File.Exists(path) ? path : null;
    }

    /// <summary>
    /// One page of reports, newest first, with the product and batch they are about; <paramref name="producers"/>
    /// limits to those producers' products (null: all).
    /// </summary>
    public Task<FakeReportPage> ListAsync(int page, int pageSize, IReadOnlyCollection<Guid>? producers, CancellationToken cancellationToken) =>
        ListAsync(page, pageSize, producers, since: null, cancellationToken);

    /// <summary>As <see cref="ListAsync(int, int, IReadOnlyCollection{Guid}?, CancellationToken)"/>, only the reports sent since <paramref name="since"/> when given.</summary>
    public async Task<FakeReportPage> ListAsync(
        int page, int pageSize, IReadOnlyCollection<Guid>? producers, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var products = db.Products.AsNoTracking();
        if (producers is not null)
        {
            products = products.Where(p => p.ProducerId != null && producers.Contains(p.ProducerId.Value));
        }

        var all = db.Set<FakeReport>().AsNoTracking();
        if (since is { } start)
        {
            var first = await FirstIdSinceAsync(start, cancellationToken);
            all = all.Where(r => r.Id >= first);
        }

        var reports = from r in all
                      join p in products on r.ProductId equals p.Id
                      select new { Report = r, Product = p };
        var total = await reports.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pages);
        var rows = await (
                from x in reports
                let r = x.Report
                let p = x.Product
                join b in db.TraceBatches on r.BatchId equals b.Id into batches
                from b in batches.DefaultIfEmpty()
                    // Ids grow with time, and SQLite cannot order by a DateTimeOffset column.
                orderby r.Id descending
                select new FakeReportRow(r, p.Name, p.Gtin, p.TraceCode, b == null ? null : b.LotCode))
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        return new FakeReportPage(rows, page, pages, total);
    }

    /// <summary>
    /// The lowest id of the reports sent since <paramref name="since"/> (<see cref="long.MaxValue"/> when there is
    /// none). SQLite cannot compare DateTimeOffset values in SQL, and ids grow with time: the newest reports are read
    /// back, a few at a time, to the first one older.
    /// </summary>
    private async Task<long> FirstIdSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        const int chunk = 200;
        var first = long.MaxValue;
        while (true)
        {
            var below = first;
            var newest = await db.Set<FakeReport>().AsNoTracking().Where(r => r.Id < below).OrderByDescending(r => r.Id)
                .Select(r => new { r.Id, r.ReportedAt }).Take(chunk).ToListAsync(cancellationToken);
            foreach (var report in newest)
            {
                if (report.ReportedAt < since)
                {
                    return first;
                }

                first = report.Id;
            }

            if (newest.Count < chunk)
            {
                return first;
            }
        }
    }

    [GeneratedRegex("^[0-9a-f]{32}\\.(jpg|png|webp)$")]
    private static partial Regex StoredName();
}
