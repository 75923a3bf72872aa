using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// Writes one batch of the <see cref="ScanRecorder"/>'s records, all or none, in the fastest way the provider has:
/// a prepared INSERT per row in one transaction on SQLite, one binary COPY on PostgreSQL. Chosen at registration.
/// </summary>
public interface IScanRecordWriter
{
    Task InsertAsync(OcopDbContext db, IReadOnlyList<ScanRecord> records, CancellationToken cancellationToken = default);
}
