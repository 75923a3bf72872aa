using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Web.Hardening;

namespace OcopCatalogue.Tests.Hardening;

public sealed class StorageFailureTests
{
    [Test]
    public void A_full_or_failing_disk_is_recognised_through_EF_wrapping_and_other_failures_are_not()
    {
        var full = new SqliteException("database or disk is full", 13);
        Assert.Multiple(() =>
        {
            Assert.That(StorageFailure.Of(full), Is.EqualTo("full"));
            Assert.That(StorageFailure.Of(new DbUpdateException("saving", full)), Is.EqualTo("full"));
            // SQLITE_IOERR_WRITE (778) is an extended code of SQLITE_IOERR.
            Assert.That(StorageFailure.Of(new SqliteException("disk I/O error", 778)), Is.EqualTo("io-error"));
            Assert.That(StorageFailure.Of(new IOException("No space left on device", 28)), Is.EqualTo("disk-full"));
            Assert.That(StorageFailure.Of(new IOException("disk full", unchecked((int)0x80070070))), Is.EqualTo("disk-full"));
            Assert.That(StorageFailure.Of(new SqliteException("UNIQUE constraint failed", 19)), Is.Null);
            Assert.That(StorageFailure.Of(new IOException("file not found", 2)), Is.Null);
            Assert.That(StorageFailure.Of(new InvalidOperationException("a bug")), Is.Null);
        });
    }
}
