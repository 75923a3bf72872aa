using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcopCatalogue.Web.Data;

/// <summary>
/// The migrations of the provider in use: SQLite's in <c>Data/Migrations</c>, PostgreSQL's in
/// <c>Data/Migrations/PostgreSql</c>, one assembly and one context type (EF Core's "migrations with multiple
/// providers", told apart by namespace instead of by assembly). Replaces EF's own <see cref="IMigrationsAssembly"/>,
/// which would take every migration of the assembly for every provider.
/// </summary>
internal sealed class ProviderMigrations(ICurrentDbContext currentContext, IMigrationsIdGenerator idGenerator) : IMigrationsAssembly
{
    public const string SqliteNamespace = "OcopCatalogue.Web.Data.Migrations";
    public const string PostgreSqlNamespace = "OcopCatalogue.Web.Data.Migrations.PostgreSql";

    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _snapshot;
    private bool _snapshotLooked;

    public Assembly Assembly => typeof(OcopDbContext).Assembly;

    /// <summary>The namespace holding the migrations of the context's provider.</summary>
    public static string NamespaceFor(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Database.IsNpgsql() ? PostgreSqlNamespace : SqliteNamespace;
    }

    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations ??= FindMigrations();

    /// <summary>PostgreSQL's snapshot; SQLite's migrations are hand-written without one (docs/decisions/0002).</summary>
    public ModelSnapshot? ModelSnapshot
    {
        get
        {
            if (!_snapshotLooked)
            {
                var type = OwnTypes().FirstOrDefault(t => t.IsSubclassOf(typeof(ModelSnapshot)));
                _snapshot = type is null ? null : (ModelSnapshot)Activator.CreateInstance(type.AsType())!;
                _snapshotLooked = true;
            }

            return _snapshot;
        }
    }

    public string? FindMigrationId(string nameOrId) =>
        Migrations.Keys.FirstOrDefault(idGenerator.IsValidId(nameOrId)
            ? id => string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
            : id => string.Equals(idGenerator.GetName(id), nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        ArgumentNullException.ThrowIfNull(migrationClass);
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private IEnumerable<TypeInfo> OwnTypes()
    {
        var contextType = currentContext.Context.GetType();
        var ns = NamespaceFor(currentContext.Context);
        return Assembly.DefinedTypes.Where(t => !t.IsAbstract && string.Equals(t.Namespace, ns, StringComparison.Ordinal)
            && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType);
    }

    private SortedList<string, TypeInfo> FindMigrations()
    {
        var found = new SortedList<string, TypeInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in OwnTypes().Where(t => t.IsSubclassOf(typeof(Migration))))
        {
            if (type.GetCustomAttribute<MigrationAttribute>() is { } attribute)
            {
                found.Add(attribute.Id, type);
            }
        }

        return found;
    }
}
