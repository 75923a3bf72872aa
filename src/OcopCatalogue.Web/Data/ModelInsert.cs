using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace OcopCatalogue.Web.Data;

/// <summary>
/// A plain INSERT of chosen columns of an entity as EF's model describes it (table, columns, quoting, and value
/// conversions such as enums stored by name or a Guid as SQLite's text), for rows written many at a time on one
/// prepared command where SaveChanges would prepare a statement per row: the scan log and issued stamps.
/// </summary>
/// <typeparam name="TEntity">The entity whose rows are inserted.</typeparam>
internal sealed class ModelInsert<TEntity>
    where TEntity : class
{
    private readonly (RelationalTypeMapping Mapping, bool Nullable, Func<TEntity, object?> Value)[] _columns;
    private readonly string _head;
    private readonly Func<string, string> _placeholder;

    private ModelInsert(string head, Func<string, string> placeholder, (RelationalTypeMapping, bool, Func<TEntity, object?>)[] columns)
    {
        _head = head;
        _placeholder = placeholder;
        _columns = columns;
        Sql = SqlForRows(1);
    }

    public string Sql { get; }

    /// <summary>How many values a row binds: a multi-row INSERT must stay under the provider's limit of parameters.</summary>
    public int ColumnCount => _columns.Length;

    /// <summary>
    /// The INSERT of <paramref name="rows"/> rows in one statement: parameter <c>p{k}</c> is column <c>k % columns</c>
    /// of row <c>k / columns</c>, so the one-row form is <see cref="Sql"/>. One statement per few hundred rows spares
    /// the per-statement cost (a step of the virtual machine, a call across to the native library) that dominates
    /// when 100,000 small rows go in one at a time.
    /// </summary>
    public string SqlForRows(int rows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        var text = new System.Text.StringBuilder(_head);
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < _columns.Length; c++)
            {
                text.Append(c == 0 ? "" : ", ").Append(_placeholder("p" + (r * _columns.Length + c).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            text.Append(')');
        }

        return text.ToString();
    }

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
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ";
        return new ModelInsert<TEntity>(head, sql.GenerateParameterNamePlaceholder, [.. columns.Select(c => (c.Mapping, c.IsNullable, c.Value))]);
    }

    /// <summary>Sets the command's parameters to the row's values.</summary>
    public void Bind(DbCommand command, TEntity row)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Parameters.Clear();
        BindRow(command, row, 0);
    }

    /// <summary>Sets the parameters of <see cref="SqlForRows"/> to these rows' values.</summary>
    public void Bind(DbCommand command, ReadOnlySpan<TEntity> rows)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Parameters.Clear();
        for (var r = 0; r < rows.Length; r++)
        {
            BindRow(command, rows[r], r * _columns.Length);
        }
    }

    private void BindRow(DbCommand command, TEntity row, int first)
    {
        for (var i = 0; i < _columns.Length; i++)
        {
            var (mapping, nullable, value) = _columns[i];
            // CreateParameter applies the mapping's value converter as EF does.
            command.Parameters.Add(mapping.CreateParameter(command, "p" + (first + i).ToString(System.Globalization.CultureInfo.InvariantCulture), value(row), nullable));
        }
    }
}
