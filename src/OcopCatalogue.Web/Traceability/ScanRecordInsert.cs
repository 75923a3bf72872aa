using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Traceability;

/// <summary>The INSERT of one scan record as EF's model describes it (see <see cref="ScanRecorder"/>).</summary>
internal sealed class ScanRecordInsert
{
    private static ScanRecordInsert? _built;

    private readonly (RelationalTypeMapping Mapping, bool Nullable, Func<ScanRecord, object?> Value)[] _columns;

    private ScanRecordInsert(string sql, (RelationalTypeMapping, bool, Func<ScanRecord, object?>)[] columns)
    {
        Sql = sql;
        _columns = columns;
    }

    public string Sql { get; }

    /// <summary>Built once from the first context's model (every context of the site shares it).</summary>
    public static ScanRecordInsert For(OcopDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return _built ??= Build(db);
    }

    public void Bind(DbCommand command, ScanRecord record)
    {
        command.Parameters.Clear();
        for (var i = 0; i < _columns.Length; i++)
        {
            var (mapping, nullable, value) = _columns[i];
            // CreateParameter applies the mapping's value converter (enums are stored by name) as EF does.
            command.Parameters.Add(mapping.CreateParameter(command, "p" + i, value(record), nullable));
        }
    }

    private static ScanRecordInsert Build(OcopDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(ScanRecord)) ?? throw new InvalidOperationException("ScanRecord is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var values = new (string Property, Func<ScanRecord, object?> Value)[]
        {
            (nameof(ScanRecord.BatchId), r => r.BatchId),
            (nameof(ScanRecord.Serial), r => r.Serial),
            (nameof(ScanRecord.ScannedAt), r => r.ScannedAt),
            (nameof(ScanRecord.NetworkKey), r => r.NetworkKey),
            (nameof(ScanRecord.Family), r => r.Family),
        };
        var columns = values.Select(v =>
        {
            var property = entity.FindProperty(v.Property)!;
            return (Name: property.GetColumnName(table)!, Mapping: (RelationalTypeMapping)property.GetRelationalTypeMapping(), property.IsNullable, v.Value);
        }).ToList();
        var text = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => sql.GenerateParameterNamePlaceholder("p" + i)))})";
        return new ScanRecordInsert(text, [.. columns.Select(c => (c.Mapping, c.IsNullable, c.Value))]);
    }
}
