using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.BackOffice.Products;
using OcopCatalogue.Web.Cluster;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Tests.Cluster;

/// <summary>Recurring work on two servers of one store: each round runs on the lease holder only, and a schedule is carried out once.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class JobLeaseTests(DatabaseProvider provider) : TwoNodeFixture(provider)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static ScheduledPublishing Scheduler(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> node) =>
        node.Services.GetRequiredService<ScheduledPublishing>();

    private static string NodeId(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> node) => node.Services.GetRequiredService<ClusterNode>().Id;

    [Test]
    public async Task One_node_holds_a_jobs_lease_and_the_other_skips_its_rounds()
    {
        await Scheduler(A).FirstRun.WaitAsync(Patience);
        await Scheduler(B).FirstRun.WaitAsync(Patience);

        var lease = await A.Services.GetRequiredService<JobLeases>().FindAsync(nameof(ScheduledPublishing), CancellationToken.None);
        var holders = new[] { A, B }.Where(n => Scheduler(n).HoldsLease).Select(NodeId).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(holders, Has.Count.EqualTo(1), "one of the two runs the rounds");
            Assert.That(lease?.Holder, Is.EqualTo(holders.FirstOrDefault()));
            Assert.That(lease?.ExpiresUtc, Is.LessThanOrEqualTo(Clock.GetUtcNow().UtcDateTime + RecurringWork.LeaseLength),
                "a lease as long as a few renewals, not a multiple of the job's period");
        });
    }

    [Test]
    public async Task The_holder_renews_its_lease_between_rounds_so_it_never_lapses_while_it_lives()
    {
        await Scheduler(A).FirstRun.WaitAsync(Patience);
        await Scheduler(B).FirstRun.WaitAsync(Patience);
        var leases = A.Services.GetRequiredService<JobLeases>();
        var first = await leases.FindAsync(nameof(ScheduledPublishing), CancellationToken.None);

        // A whole round's period in renewal steps: without renewals the lease would lapse halfway.
        var renewedEachTime = true;
        for (var step = 0; step < 6; step++)
        {
            Clock.Advance(RecurringWork.RenewEvery);
            var expected = Clock.GetUtcNow().UtcDateTime + RecurringWork.LeaseLength;
            renewedEachTime &= await EventuallyAsync(async () =>
                (await leases.FindAsync(nameof(ScheduledPublishing), CancellationToken.None))?.ExpiresUtc >= expected - TimeSpan.FromSeconds(1));
        }

        var last = await leases.FindAsync(nameof(ScheduledPublishing), CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(renewedEachTime, Is.True, "renewed at every step");
            Assert.That(last?.Holder, Is.EqualTo(first?.Holder), "the same server kept it");
        });
    }

    [Test]
    public async Task A_lease_is_renewed_by_its_holder_taken_over_once_it_expires_and_free_once_given_back()
    {
        var onA = A.Services.GetRequiredService<JobLeases>();
        var onB = B.Services.GetRequiredService<JobLeases>();
        var length = TimeSpan.FromSeconds(30);

        var aTakes = await onA.TryTakeAsync("test-job", length, CancellationToken.None);
        var bWhileHeld = await onB.TryTakeAsync("test-job", length, CancellationToken.None);
        Clock.AdjustTime(Clock.GetUtcNow().AddSeconds(20));
        var aRenews = await onA.TryTakeAsync("test-job", length, CancellationToken.None);
        Clock.AdjustTime(Clock.GetUtcNow().AddSeconds(20));
        var bBeforeRenewedExpiry = await onB.TryTakeAsync("test-job", length, CancellationToken.None);
        Clock.AdjustTime(Clock.GetUtcNow().AddSeconds(11));
        var bAfterExpiry = await onB.TryTakeAsync("test-job", length, CancellationToken.None);
        var aAfterTakeover = await onA.TryTakeAsync("test-job", length, CancellationToken.None);
        await onB.ReleaseAsync("test-job", CancellationToken.None);
        var aAfterRelease = await onA.TryTakeAsync("test-job", length, CancellationToken.None);
        var holder = await onA.FindAsync("test-job", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(aTakes, Is.True, "a missing lease is inserted");
            Assert.That(bWhileHeld, Is.False);
            Assert.That(aRenews, Is.True, "the holder renews");
            Assert.That(bBeforeRenewedExpiry, Is.False, "the renewal counts from the renewal");
            Assert.That(bAfterExpiry, Is.True, "an expired lease is taken over");
            Assert.That(aAfterTakeover, Is.False, "the old holder has lost it");
            Assert.That(aAfterRelease, Is.True, "a lease given back is free at once");
            Assert.That(holder?.Holder, Is.EqualTo(NodeId(A)));
        });
    }

    [Test]
    public async Task The_rounds_of_a_holder_that_stopped_renewing_are_taken_over_after_its_lease_expires()
    {
        await Scheduler(A).FirstRun.WaitAsync(Patience);
        await Scheduler(B).FirstRun.WaitAsync(Patience);
        // A server that died holding the lease, three minutes before it expires.
        var expires = Clock.GetUtcNow().UtcDateTime + ScheduledPublishing.Interval * 3;
        await A.WithDbAsync(db => db.JobLeases.Where(l => l.Job == nameof(ScheduledPublishing))
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.Holder, "gone-node").SetProperty(l => l.ExpiresUtc, expires)));

        Clock.Advance(ScheduledPublishing.Interval);
        var bothSkipped = await EventuallyAsync(() => !Scheduler(A).HoldsLease && !Scheduler(B).HoldsLease);
        var holderMeanwhile = await A.Services.GetRequiredService<JobLeases>().FindAsync(nameof(ScheduledPublishing), CancellationToken.None);
        Clock.AdjustTime(new DateTimeOffset(expires, TimeSpan.Zero).AddSeconds(1));
        Clock.Advance(ScheduledPublishing.Interval);
        var oneTookOver = await EventuallyAsync(() => Scheduler(A).HoldsLease ^ Scheduler(B).HoldsLease);
        var holder = await A.Services.GetRequiredService<JobLeases>().FindAsync(nameof(ScheduledPublishing), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(bothSkipped, Is.True, "neither runs while the lease of another is valid");
            Assert.That(holderMeanwhile?.Holder, Is.EqualTo("gone-node"));
            Assert.That(oneTookOver, Is.True, "one of them runs the round after the expiry");
            Assert.That(holder?.Holder, Is.EqualTo(Scheduler(A).HoldsLease ? NodeId(A) : NodeId(B)));
        });
    }

    [Test]
    public async Task A_due_scheduled_publish_happens_once_with_two_nodes_running()
    {
        var id = await ScheduleAsync("bap-non-dong-hop", "Bắp non hái sớm, đóng hộp theo lịch của hai máy chủ.");
        var versionsBefore = await VersionCountAsync(id);

        // Past the time and past the start-up lease: both servers' next rounds race for the lease.
        Clock.AdjustTime(Clock.GetUtcNow().AddDays(1));
        Clock.Advance(ScheduledPublishing.Interval);
        var published = await EventuallyAsync(async () => await AuditCountAsync(id) > 0);
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Multiple(async () =>
        {
            Assert.That(published, Is.True);
            Assert.That(await AuditCountAsync(id), Is.EqualTo(1), "one audit entry");
            Assert.That(await VersionCountAsync(id), Is.EqualTo(versionsBefore), "no version added");
            Assert.That(await PublishedVersionsAsync(id), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Two_rounds_that_overlap_publish_a_due_version_once()
    {
        var id = await ScheduleAsync("thot-not-dong-lon", "Thốt nốt đóng lon, đăng một lần dù hai máy chủ cùng chạy.");
        Clock.AdjustTime(Clock.GetUtcNow().AddDays(1));

        // Both rounds read the due list, then wait for the write lock another writer holds: as two servers whose
        // rounds overlapped when a lease changed hands while its holder was slow.
        int[] ran;
        if (Provider == DatabaseProvider.PostgreSql)
        {
            await using var holder = new NpgsqlConnection(ConnectionString);
            await holder.OpenAsync();
            await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({PostgreSqlLocks.Writes})", holder))
            {
                await take.ExecuteNonQueryAsync();
            }

            var rounds = Rounds();
            await EventuallyAsync(async () =>
            {
                await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted", holder);
                return (long)(await count.ExecuteScalarAsync())! >= 2;
            });
            await using (var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({PostgreSqlLocks.Writes})", holder))
            {
                await release.ExecuteNonQueryAsync();
            }

            ran = await Task.WhenAll(rounds);
        }
        else
        {
            await using var holder = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
            await holder.OpenAsync();
            await using (var begin = new SqliteCommand("BEGIN IMMEDIATE", holder))
            {
                await begin.ExecuteNonQueryAsync();
            }

            var rounds = Rounds();
            // SQLite cannot say who waits for its lock; both rounds read their list long before this.
            await Task.Delay(TimeSpan.FromSeconds(2));
            await using (var rollback = new SqliteCommand("ROLLBACK", holder))
            {
                await rollback.ExecuteNonQueryAsync();
            }

            ran = await Task.WhenAll(rounds);
        }

        Assert.Multiple(async () =>
        {
            Assert.That(ran.Sum(), Is.EqualTo(1), "one round carried the schedule out, the other found it done");
            Assert.That(await AuditCountAsync(id), Is.EqualTo(1), "one audit entry");
            Assert.That(await PublishedVersionsAsync(id), Is.EqualTo(1));
        });
    }

    /// <summary>A round on each server, each on a thread of its own: SQLite's waits for its lock block the caller.</summary>
    private Task<int>[] Rounds() => [Task.Run(() => Scheduler(A).TickAsync()), Task.Run(() => Scheduler(B).TickAsync())];

    /// <summary>Saves a draft of the product with a new description and schedules it for a day after the clock's now.</summary>
    private async Task<Guid> ScheduleAsync(string slug, string description)
    {
        var editor = StaffPrincipal.For(StaffRoles.Editor);
        var id = await A.ProductIdAsync(slug);
        await using var scope = A.Services.CreateAsyncScope();
        var workflow = scope.ServiceProvider.GetRequiredService<EditorialWorkflow>();
        var products = scope.ServiceProvider.GetRequiredService<ProductContent>();
        var entry = await workflow.Queries.FindAsync(StaffPrincipal.For("Administrator"), ContentItemType.Product, id);
        var draft = products.Write(products.Read(entry!.WorkingSnapshot) with { ShortDescription = description });
        var saved = await workflow.Drafts.SaveAsync(editor, ContentItemType.Product, id, draft, sendForReview: false);
        var scheduled = await workflow.Schedules.ScheduleAsync(editor, ContentItemType.Product, id, saved.Version!.Value, Clock.GetUtcNow().AddDays(1), null);
        Assert.That(scheduled.Outcome, Is.EqualTo(WorkflowOutcome.Done));
        return id;
    }

    private Task<int> AuditCountAsync(Guid id) =>
        A.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(e => e.ItemId == id && e.Action == AuditActions.PublishedOnSchedule));

    private Task<int> VersionCountAsync(Guid id) => A.WithDbAsync(db => db.ContentVersions.CountAsync(v => v.ItemId == id));

    private Task<int> PublishedVersionsAsync(Guid id) =>
        A.WithDbAsync(db => db.ContentVersions.CountAsync(v => v.ItemId == id && v.State == PublicationState.Published && v.PublishedAt != null && v.ScheduledByName != null));

    private static Task<bool> EventuallyAsync(Func<bool> condition) => EventuallyAsync(() => Task.FromResult(condition()));

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}
