using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace OcopCatalogue.Web.Data;

/// <summary>
/// A compiled query for each model it meets. EF binds a compiled query to the first model that runs it and refuses any
/// other ("executed with a different model"); SQLite's and PostgreSQL's models differ (column types, collations), so a
/// process that opens both (the tests, a copy from one store to the other) needs one per model.
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : Delegate
{
    private readonly ConcurrentDictionary<IModel, TQuery> _byModel = new();

    public TQuery For(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return _byModel.GetOrAdd(db.Model, _ => compile());
    }
}
