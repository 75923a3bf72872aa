using System.Globalization;
using Microsoft.Extensions.Options;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Media;

/// <summary>
/// Where media live on disk: <c>media/originals/{id}.{ext}</c> (the upload, never served) in the shared storage
/// directory (<see cref="StorageOptions.Directory"/>, the data directory unless set), and under the data directory
/// <c>media/cache/{id}/{width}.{webp|jpg}</c> (derived, per node, made again from the original when missing) and
/// <c>media/work/</c> (a fresh folder per processor run). Every path is built from the item's GUID, a number and a fixed extension.
/// </summary>
public sealed class MediaStore
{
    public MediaStore(IOptions<ContentStoreOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        Root = Path.Combine(options.Value.ResolveDataDirectory(environment), "media");
        Originals = Path.Combine(options.Value.ResolveStorageDirectory(environment), "media", "originals");
        Cache = Path.Combine(Root, "cache");
        Work = Path.Combine(Root, "work");
    }

    public string Root { get; }

    public string Originals { get; }

    public string Cache { get; }

    public string Work { get; }

    public string OriginalPath(Guid id, MediaFormat format) =>
        Path.Combine(Originals, id.ToString("D", CultureInfo.InvariantCulture) + MediaFormats.Extension(format));

    public string RenditionDirectory(Guid id) => Path.Combine(Cache, id.ToString("D", CultureInfo.InvariantCulture));

    public string RenditionPath(Guid id, MediaRendition rendition)
    {
        ArgumentNullException.ThrowIfNull(rendition);
        return Path.Combine(RenditionDirectory(id), rendition.FileName);
    }

    /// <summary>A new empty folder for one piece of work; the caller deletes it.</summary>
    public string NewWorkDirectory()
    {
        var path = Path.Combine(Work, Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Creates the folders and clears work left by a run that was stopped half-way.</summary>
    public void Prepare()
    {
        Directory.CreateDirectory(Originals);
        Directory.CreateDirectory(Cache);
        if (Directory.Exists(Work))
        {
            Directory.Delete(Work, recursive: true);
        }

        Directory.CreateDirectory(Work);
    }

    public static void DeleteQuietly(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left for the next start's Prepare; a stray work folder harms nothing.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
