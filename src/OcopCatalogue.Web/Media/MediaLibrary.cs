using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OcopCatalogue.Core.Text;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Media;

/// <summary>
/// The media library's operations, shared by the back-office pages, their JSON endpoint and the command line:
/// upload (inspect, store under a GUID, render), find, search and alt text changes.
/// </summary>
public sealed partial class MediaLibrary(
    OcopDbContext db,
    MediaStore store,
    MediaRenderer renderer,
    IOptions<MediaOptions> options,
    TimeProvider clock,
    ContentPublisher publisher,
    IHostApplicationLifetime lifetime,
    ILogger<MediaLibrary> logger)
{
    public const int MaxAltLength = 300;

    /// <summary>
    /// Takes a photo into the library: refused with a <see cref="MediaProblem"/> when its alt text is missing or its
    /// bytes are not an acceptable image; otherwise stored and rendered, and returned Ready, or Failed when libvips
    /// could not convert it. The upload's file name is kept for display only.
    /// </summary>
    public async Task<MediaUploadResult> UploadAsync(MediaUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var alt = Clean(upload.Alt);
        var altEn = Clean(upload.AltEn);
        if (alt is null)
        {
            return MediaUploadResult.Refused(MediaProblem.AltMissing);
        }

        if (alt.Length > MaxAltLength || altEn?.Length > MaxAltLength)
        {
            return MediaUploadResult.Refused(MediaProblem.AltTooLong);
        }

        var limits = options.Value;
        var work = store.NewWorkDirectory();
        try
        {
            var incoming = Path.Combine(work, "upload");
            var copied = await CopyBoundedAsync(upload.Content, incoming, limits.MaxBytes, cancellationToken).ConfigureAwait(false);
            if (copied > limits.MaxBytes)
            {
                return MediaUploadResult.Refused(MediaProblem.TooLarge);
            }

            MediaInspection inspection;
            var read = File.OpenRead(incoming);
            await using (read.ConfigureAwait(false))
            {
                inspection = MediaInspector.Inspect(read, limits);
            }

            var fileName = UploadedFileName.ForDisplay(upload.FileName);
            if (!inspection.IsAccepted)
            {
                LogRefused(fileName, inspection.Problem!.Value);
                return MediaUploadResult.Refused(inspection.Problem!.Value);
            }

            var item = new MediaItem
            {
                Id = Guid.NewGuid(),
                OriginalFileName = fileName,
                Format = inspection.Format!.Value,
                Width = inspection.Width,
                Height = inspection.Height,
                ByteSize = copied,
                Alt = alt,
                AltEn = altEn,
                SearchText = SearchTextOf(alt, altEn, fileName),
                UploadedBy = upload.UploadedBy,
                UploadedAt = clock.GetUtcNow(),
                State = MediaState.Processing,
            };
            Directory.CreateDirectory(store.Originals);
            // Under its final name only once whole: another server may serve it at once.
            SharedFiles.MoveInto(incoming, store.OriginalPath(item.Id, item.Format));
            db.MediaItems.Add(item);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

            // From here the item exists: finish its processing even if the uploader's connection drops. A stop
            // or crash before it is finished leaves it Processing, and the next start finishes it (MediaResumption).
            var processing = await FinishAsync(item, lifetime.ApplicationStopping).ConfigureAwait(false);
            return new MediaUploadResult(item, processing.Succeeded ? null : MediaProblem.ProcessingFailed, processing);
        }
        finally
        {
            MediaStore.DeleteQuietly(work);
        }
    }

    /// <summary>
    /// Renders again, from their originals, the photos still Processing that were uploaded before
    /// <paramref name="uploadedBefore"/> (their upload's processing was cut off), and records each as Ready or
    /// Failed; an original that is gone fails with that reason. Returns how many were finished.
    /// </summary>
    public async Task<int> ResumeProcessingAsync(DateTimeOffset uploadedBefore, CancellationToken cancellationToken)
    {
        var stuck = await db.MediaItems
            .Where(m => m.State == MediaState.Processing && m.UploadedAt < uploadedBefore)
            .OrderBy(m => m.UploadedAt)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var item in stuck)
        {
            LogResuming(item.Id, item.UploadedAt);
            await FinishAsync(item, cancellationToken).ConfigureAwait(false);
        }

        return stuck.Count;
    }

    public Task<MediaItem?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.MediaItems.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);

    /// <summary>The item when <paramref name="viewer"/> may see it (<see cref="VisibleTo"/>), else null as for no item.</summary>
    public Task<MediaItem?> FindAsync(Guid id, MediaViewer viewer, CancellationToken cancellationToken) =>
        VisibleTo(viewer).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);

    /// <summary>
    /// The photos <paramref name="viewer"/> may see, the one rule for the library page, a photo's page and the
    /// editor's listing. Staff limited to producers see what they uploaded and what their producers' products and
    /// the sales points selling those products show; not the rest, whose file names and pictures may be another
    /// producer's unpublished work.
    /// </summary>
    public IQueryable<MediaItem> VisibleTo(MediaViewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var items = db.MediaItems.AsNoTracking();
        if (viewer.Producers is null)
        {
            return items;
        }

        var producers = viewer.Producers.ToList();
        var user = viewer.UserName ?? "";
        var products = db.Products.Where(p => p.ProducerId != null && producers.Contains(p.ProducerId.Value));
        var points = db.SalesPoints.Where(s => s.Products.Any(p => p.ProducerId != null && producers.Contains(p.ProducerId.Value)));
        return items.Where(m => (user != "" && m.UploadedBy == user)
            || products.Any(p => p.Images.Any(i => i.MediaId == m.Id))
            || points.Any(s => s.Photos.Any(photo => photo.MediaId == m.Id)));
    }

    /// <summary>
    /// Items whose alt texts or file name contain the words of <paramref name="query"/> (accents and case ignored),
    /// newest first; only Ready ones when <paramref name="readyOnly"/>, and only those <paramref name="viewer"/> may see.
    /// </summary>
    public async Task<MediaPage> SearchAsync(string? query, int page, int pageSize, bool readyOnly, MediaViewer viewer, CancellationToken cancellationToken)
    {
        pageSize = Math.Clamp(pageSize, 1, 100);
        var items = VisibleTo(viewer);
        if (readyOnly)
        {
            items = items.Where(m => m.State == MediaState.Ready);
        }

        foreach (var word in VietnameseText.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(8))
        {
            items = items.Where(m => m.SearchText.Contains(word));
        }

        var total = await items.CountAsync(cancellationToken).ConfigureAwait(false);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pageCount);
        var list = await items
            .OrderByDescending(m => m.UploadedAt)
            .ThenBy(m => m.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return new MediaPage(list, total, page, pageSize);
    }

    /// <summary>Changes an item's alt texts; null when there is no such item, else the problem or null on success.</summary>
    public async Task<(bool Found, MediaProblem? Problem)> UpdateAltAsync(Guid id, string? alt, string? altEn, CancellationToken cancellationToken)
    {
        var item = await db.MediaItems.SingleOrDefaultAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return (false, null);
        }

        var cleanAlt = Clean(alt);
        var cleanAltEn = Clean(altEn);
        if (cleanAlt is null)
        {
            return (true, MediaProblem.AltMissing);
        }

        if (cleanAlt.Length > MaxAltLength || cleanAltEn?.Length > MaxAltLength)
        {
            return (true, MediaProblem.AltTooLong);
        }

        if (item.Alt == cleanAlt && item.AltEn == cleanAltEn)
        {
            return (true, null);
        }

        item.Alt = cleanAlt;
        item.AltEn = cleanAltEn;
        item.SearchText = SearchTextOf(cleanAlt, cleanAltEn, item.OriginalFileName);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        // Pages showing the photo now read differently: let search, caches and exports follow.
        var users = await UsersOfAsync(id, cancellationToken).ConfigureAwait(false);
        await publisher.PublishAsync(new ContentPublished(users, "media library"), cancellationToken).ConfigureAwait(false);
        return (true, null);
    }

    /// <summary>The products and sales points that show a media item.</summary>
    public async Task<IReadOnlyList<ContentItemRef>> UsersOfAsync(Guid id, CancellationToken cancellationToken)
    {
        var products = await db.Products.AsNoTracking()
            .Where(p => p.Images.Any(i => i.MediaId == id))
            .Select(p => p.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var points = await db.SalesPoints.AsNoTracking()
            .Where(s => s.Photos.Any(p => p.MediaId == id))
            .Select(s => s.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. products.Select(p => new ContentItemRef(ContentItemType.Product, p)), .. points.Select(s => new ContentItemRef(ContentItemType.SalesPoint, s))];
    }

    private static string SearchTextOf(string alt, string? altEn, string fileName) =>
        VietnameseText.Fold(string.Join(' ', new[] { alt, altEn, fileName }.Where(s => !string.IsNullOrEmpty(s))));

    private static string? Clean(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    /// <summary>Makes the stored photo's renditions and records the outcome on the item (saved whatever the token says).</summary>
    private async Task<MediaProcessing> FinishAsync(MediaItem item, CancellationToken cancellationToken)
    {
        var processing = await renderer.RenderAllAsync(item.Id, item.Format, item.Width, cancellationToken).ConfigureAwait(false);
        item.State = processing.Succeeded ? MediaState.Ready : MediaState.Failed;
        item.ProcessedAt = clock.GetUtcNow();
        item.ProcessingError = processing.Succeeded ? null : Truncate(processing.Error, 400);
        await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
        LogProcessed(item.Id, item.Width, item.Height, item.State, processing.Elapsed.TotalMilliseconds, processing.PeakResidentKilobytes, processing.Runs);
        return processing;
    }

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];

    /// <summary>Copies at most <paramref name="limit"/> + 1 bytes, so an oversized upload is noticed without storing it whole.</summary>
    private static async Task<long> CopyBoundedAsync(Stream source, string path, long limit, CancellationToken cancellationToken)
    {
        var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await using (target.ConfigureAwait(false))
        {
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
                if (total > limit)
                {
                    return total;
                }

                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }

            return total;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Media {Id} uploaded at {UploadedAt:O} was left processing (a stop or crash cut it off); rendering it again from its original")]
    private partial void LogResuming(Guid id, DateTimeOffset uploadedAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Media upload refused ({FileName}): {Problem}")]
    private partial void LogRefused(string fileName, MediaProblem problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Media {Id} ({Width}x{Height}) is {State} after {Milliseconds:0} ms of processing (peak {PeakKilobytes} KB, {Runs} libvips runs)")]
    private partial void LogProcessed(Guid id, int width, int height, MediaState state, double milliseconds, long? peakKilobytes, int runs);
}
