namespace OcopCatalogue.Web.Data;

/// <summary>One file of a backup: its path relative to the data directory (with <c>/</c>), size and SHA-256 (hex).</summary>
public sealed record BackupFile(string Path, long Bytes, string Sha256);
