using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Cluster;

/// <summary>
/// Makes sure the data-protection keys in the store (<see cref="DataProtectionKey"/>, shared by every server) exist
/// before any server loads its key ring. On the first start with none: the XML files of the data directory's
/// <c>keys/</c> folder, where a single server kept them before, are adopted, so nobody is signed out by the upgrade;
/// without such files the first key is made here, under the start-up lock, so servers starting together do not each
/// make their own and refuse each other's cookies until their key rings next refresh.
/// </summary>
public sealed partial class DataProtectionKeyStart(
    IServiceScopeFactory scopes,
    IExclusiveWorkLock exclusive,
    IKeyManager keys,
    IOptions<KeyManagementOptions> keyOptions,
    IOptions<ContentStoreOptions> store,
    IHostEnvironment environment,
    ILogger<DataProtectionKeyStart> logger)
{
    /// <summary>The folder of a data directory where the keys were kept as files.</summary>
    public const string LegacyFolder = "keys";

    /// <summary>Returns how many key files were adopted (0 when the store had keys, or a first key was made).</summary>
    public async Task<int> EnsureKeysAsync(CancellationToken cancellationToken)
    {
        await using (await exclusive.AcquireAsync(ExclusiveWork.StartupSeeding, cancellationToken).ConfigureAwait(false))
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
                if (await db.DataProtectionKeys.AnyAsync(cancellationToken).ConfigureAwait(false))
                {
                    return 0;
                }

                var folder = Path.Combine(store.Value.ResolveDataDirectory(environment), LegacyFolder);
                var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.xml").Order(StringComparer.Ordinal).ToList() : [];
                foreach (var file in files)
                {
                    // As the EF repository stores an element: its file's name as the friendly name, the XML unformatted.
                    var element = XElement.Load(file);
                    db.DataProtectionKeys.Add(new DataProtectionKey
                    {
                        FriendlyName = Path.GetFileNameWithoutExtension(file),
                        Xml = element.ToString(SaveOptions.DisableFormatting),
                    });
                }

                if (files.Count > 0)
                {
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    LogAdopted(files.Count, folder);
                    return files.Count;
                }
            }

            // Data protection judges a key's activation and expiry on the system clock, not the site's, so the key is
            // dated on that clock too (a test's fake clock would make a key it considers not yet, or no longer, valid).
            var now = TimeProvider.System.GetUtcNow();
            keys.CreateNewKey(now, now + keyOptions.Value.NewKeyLifetime);
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} data-protection keys adopted from {Folder} into the content store, so existing sign-ins stay valid on every server")]
    private partial void LogAdopted(int count, string folder);
}
