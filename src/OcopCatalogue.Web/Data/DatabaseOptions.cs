namespace OcopCatalogue.Web.Data;

/// <summary>The content store's database, bound from <c>Ocop:Database</c> and <c>ConnectionStrings:Ocop</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Ocop:Database";
    public const string ConnectionStringName = "Ocop";

    /// <summary><c>Sqlite</c> (default) or <c>PostgreSQL</c> (the configuration binder ignores case).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary><c>ConnectionStrings:Ocop</c>: required for PostgreSQL; SQLite's file is always in the data directory.</summary>
    public string? ConnectionString { get; set; }
}
