using System.Text.Json;
using System.Text.Json.Serialization;

namespace OcopCatalogue.Web.Data;

/// <summary>
/// What a backup folder holds (<c>manifest.json</c>): enough to check every file before a restore uses it, and the
/// content store it was taken from (<see cref="SqliteProvider"/> or <see cref="PostgreSqlProvider"/>; a manifest
/// without one predates PostgreSQL and is SQLite's).
/// </summary>
public sealed record BackupManifest(int Format, DateTimeOffset CreatedAt, IReadOnlyList<BackupFile> Files, string? Provider = null)
{
    public const string SqliteProvider = "SQLite";
    public const string PostgreSqlProvider = "PostgreSQL";

    public const string FileName = "manifest.json";
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    [JsonIgnore]
    public long TotalBytes => Files.Sum(f => f.Bytes);

    /// <summary>The content store the backup holds.</summary>
    [JsonIgnore]
    public DatabaseProvider Store => Provider == PostgreSqlProvider ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;

    /// <summary>Refuses a backup of the other provider's store, before anything is touched.</summary>
    public void RequireStore(DatabaseProvider configured)
    {
        if (Store != configured)
        {
            throw new InvalidOperationException($"This backup holds a {NameOf(Store)} content store, but the site is configured for {NameOf(configured)} "
                + $"(Ocop:Database:Provider). Restore it with the provider it was taken from; nothing was restored.");
        }
    }

    public static string NameOf(DatabaseProvider provider) => provider == DatabaseProvider.PostgreSql ? PostgreSqlProvider : SqliteProvider;

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads the manifest of a backup folder; null when there is none or it is not one of ours.</summary>
    public static BackupManifest? ReadFrom(string backupDirectory)
    {
        var path = System.IO.Path.Combine(backupDirectory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var manifest = JsonSerializer.Deserialize<BackupManifest>(File.ReadAllText(path), Json);
            return manifest is { Format: CurrentFormat, Files: not null } ? manifest : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
