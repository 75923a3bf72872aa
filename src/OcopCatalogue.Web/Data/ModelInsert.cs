using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace OcopCatalogue.Web.Data;

/// <summary>
/// A plain INSERT of chosen columns of an entity as EF's model describes it (table, columns, quoting, and value
/// conversions such as enums stored by name or a Guid as SQLite's text), for rows written many at a time on one
/// prepared command where SaveChanges would prepare a statement per row: the scan log on SQLite.
/// </summary>
/// <typeparam name="TEntity">The entity whose rows are inserted.</typeparam>
internal sealed class ModelInsert<TEntity>
    where TEntity : class
{
    private readonly (RelationalTypeMapping Mapping, bool Nullable, Func<TEntity, object?> Value)[] _columns;

    private ModelInsert(string sql, (RelationalTypeMapping, bool, Func<TEntity, object?>)[] columns)
    {
        Sql = sql;
        _columns = columns;
    }

    public string Sql { get; }

    /// <summary>The INSERT of the named properties, each with how to read it from a row.</summary>
    public static ModelInsert<TEntity> Build(OcopDbContext db, params (string Property, Func<TEntity, object?> Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = values.Select(v =>
        {
            var property = entity.FindProperty(v.Property)!;
            return (Name: property.GetColumnName(table)!, Mapping: (RelationalTypeMapping)property.GetRelationalTypeMapping(), property.IsNullable, v.Value);
        }).ToList();
        var text = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => sql.GenerateParameterNamePlaceholder("p" + i)))})";
        return new ModelInsert<TEntity>(text, [.. columns.Select(c => (c.Mapping, c.IsNullable, c.Value))]);
    }

    /// <summary>Sets the command's parameters to the row's values.</summary>
    public void Bind(DbCommand command, TEntity row)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Parameters.Clear();
        for (var i = 0; i < _columns.Length; i++)
        {
            var (mapping, nullable, value) = _columns[i];
            // CreateParameter applies the mapping's value converter as EF does.
            command.Parameters.Add(mapping.CreateParameter(command, "p" + i, value(row), nullable));
        }
    }
}
