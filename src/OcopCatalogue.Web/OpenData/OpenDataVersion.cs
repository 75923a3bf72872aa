using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.OpenData;

/// <summary>
/// Which state of the published content a file reflects, without reading the file's rows: the last publish (the newest
/// cache instruction, written by every publish on every server) and the catalogue list's size and newest change. The
/// same content gives the same ETag on every server, so a client's copy stays good until something is published.
/// </summary>
public sealed record OpenDataVersion(string ETag, DateTimeOffset LastModified)
{
    public static async Task<OpenDataVersion> OfAsync(
        OcopDbContext db, PublishedCatalogue catalogue, OpenDataLicence licence, string file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(licence);
        var last = await db.CacheInstructions.AsNoTracking()
            .OrderByDescending(i => i.Id)
            .Select(i => new { i.Id, i.CreatedUtc })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var entries = await catalogue.EntriesAsync(cancellationToken).ConfigureAwait(false);
        var newest = entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(e => e.UpdatedAt);
        if (last is not null)
        {
            var published = new DateTimeOffset(DateTime.SpecifyKind(last.CreatedUtc, DateTimeKind.Utc));
            newest = published > newest ? published : newest;
        }

        // HTTP dates have whole seconds; If-Modified-Since compares with what was sent.
        var lastModified = new DateTimeOffset(newest.UtcTicks - newest.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        var key = string.Join('|', file, last?.Id ?? 0, entries.Count, newest.UtcTicks.ToString(CultureInfo.InvariantCulture), licence.Name, licence.Url);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 12));
        // Weak: the response may be compressed on the way, and the rows are equal, not the bytes.
        return new OpenDataVersion($"W/\"{hash}\"", lastModified);
    }
}
