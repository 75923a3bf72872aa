using System.Text.Json;
using System.Text.Json.Serialization;

namespace OcopCatalogue.Web.Data;

/// <summary>What a backup folder holds (<c>manifest.json</c>): enough to check every file before a restore uses it.</summary>
public sealed record BackupManifest(int Format, DateTimeOffset CreatedAt, IReadOnlyList<BackupFile> Files)
{
    public const string FileName = "manifest.json";
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    [JsonIgnore]
    public long TotalBytes => Files.Sum(f => f.Bytes);

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
