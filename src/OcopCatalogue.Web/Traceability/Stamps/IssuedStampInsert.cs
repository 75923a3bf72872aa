using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Traceability.Stamps;

/// <summary>
/// The INSERT of one issued stamp as EF's model describes it, run prepared once per serial inside the issuing
/// transaction. EF's SaveChanges took a minute for 100,000 rows on SQLite (each row its own statement, prepared
/// anew), holding the write lock all along; one prepared statement takes about a second. Table, columns, quoting
/// and value conversions (a Guid as SQLite's text) come from the model, as for the scan log (<c>ScanRecordInsert</c>).
/// </summary>
internal sealed class IssuedStampInsert
{
    private static IssuedStampInsert? _built;

    private readonly (RelationalTypeMapping Mapping, Func<IssuedStamp, object?> Value)[] _columns;

    private IssuedStampInsert(string sql, (RelationalTypeMapping, Func<IssuedStamp, object?>)[] columns)
    {
        Sql = sql;
        _columns = columns;
    }

    public string Sql { get; }

    public static IssuedStampInsert For(OcopDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return _built ??= Build(db);
    }

    /// <summary>Inserts the stamps on the context's connection, in its current transaction.</summary>
    public async Task InsertAsync(OcopDbContext db, IEnumerable<IssuedStamp> stamps, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(stamps);
        var connection = db.Database.GetDbConnection();
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = Sql;
            foreach (var stamp in stamps)
            {
                command.Parameters.Clear();
                for (var i = 0; i < _columns.Length; i++)
                {
                    var (mapping, value) = _columns[i];
                    command.Parameters.Add(mapping.CreateParameter(command, "p" + i, value(stamp), nullable: false));
                }

                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static IssuedStampInsert Build(OcopDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(IssuedStamp)) ?? throw new InvalidOperationException("IssuedStamp is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var values = new (string Property, Func<IssuedStamp, object?> Value)[]
        {
            (nameof(IssuedStamp.BatchId), s => s.BatchId),
            (nameof(IssuedStamp.SerialValue), s => s.SerialValue),
            (nameof(IssuedStamp.Serial), s => s.Serial),
            (nameof(IssuedStamp.PrintOrderId), s => s.PrintOrderId),
        };
        var columns = values.Select(v =>
        {
            var property = entity.FindProperty(v.Property)!;
            return (Name: property.GetColumnName(table)!, Mapping: (RelationalTypeMapping)property.GetRelationalTypeMapping(), v.Value);
        }).ToList();
        var text = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => sql.GenerateParameterNamePlaceholder("p" + i)))})";
        return new IssuedStampInsert(text, [.. columns.Select(c => (c.Mapping, c.Value))]);
    }
}
