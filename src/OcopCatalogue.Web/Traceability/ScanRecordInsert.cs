using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Traceability;

/// <summary>The INSERT of one scan record as EF's model describes it (see <see cref="ScanRecorder"/>).</summary>
internal static class ScanRecordInsert
{
    private static ModelInsert<ScanRecord>? _built;

    /// <summary>Built once from the first context's model (every context of the site shares it).</summary>
    public static ModelInsert<ScanRecord> For(OcopDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return _built ??= ModelInsert<ScanRecord>.Build(db,
            (nameof(ScanRecord.BatchId), r => r.BatchId),
            (nameof(ScanRecord.Serial), r => r.Serial),
            (nameof(ScanRecord.ScannedAt), r => r.ScannedAt),
            (nameof(ScanRecord.NetworkKey), r => r.NetworkKey),
            (nameof(ScanRecord.Family), r => r.Family));
    }
}
