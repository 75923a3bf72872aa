namespace OcopCatalogue.Web.Data;

/// <summary>Which database holds the content store (<c>Ocop:Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>A file in the data directory (<see cref="ContentStoreExtensions.DatabaseFileName"/>): one server.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database named by <c>ConnectionStrings:Ocop</c>: one or several servers.</summary>
    PostgreSql,
}
