using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Cluster;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Operations;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.Search;
using OcopCatalogue.Web.Traceability.Stamps;
using static OcopCatalogue.Tests.Caching.PageCachingTests;
using static OcopCatalogue.Tests.Support.ContentSeed;

namespace OcopCatalogue.Tests.Cluster;

/// <summary>
/// One server of a cluster: what it writes when it publishes, and how it follows instructions another server wrote
/// (rows inserted here under another node's name, after changing the store as that server would have). The poll is
/// half a minute, so a test either wakes the replay itself or proves that something else did.
/// </summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class InstructionReplayTests(DatabaseProvider provider)
{
    private const string OtherServer = "other-server-0badcafe";
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly FakeClock _clock = new(Start);
    private string _usync = "";
    private OcopWebFactory _base = null!;
    private WebApplicationFactory<Program> _site = null!;
    private HttpClient _client = null!;

    private InstructionReplay Replay => _site.Services.GetRequiredService<InstructionReplay>();

    private ReplayGate Gate => _site.Services.GetRequiredService<ReplayGate>();

    [OneTimeSetUp]
    public void StartSite()
    {
        _usync = Directory.CreateTempSubdirectory("ocop-usync-").FullName;
        _base = new OcopWebFactory(_usync, _clock, new Dictionary<string, string?>
        {
            ["Ocop:Cluster:PollSeconds"] = "30",
            ["Ocop:Cluster:RebuildAfter"] = "5",
            ["Ocop:ContentSync:ExportOnPublish"] = "true",
        })
        { Provider = provider };
        _site = _base.WithWebHostBuilder(b => b.ConfigureServices(services =>
        {
            services.AddSingleton<ReplayGate>();
            services.AddContentPublishedHandler<GatedHandler>();
        }));
        _client = Anonymous(_site);
    }

    [OneTimeTearDown]
    public void StopSite()
    {
        _client.Dispose();
        _site.Dispose();
        _base.Dispose();
        Directory.Delete(_usync, recursive: true);
    }

    [Test]
    public async Task A_publish_writes_one_instruction_naming_its_items()
    {
        var tea = await SeedAsync("Trà sen chỉ dẫn");
        var before = await MaxIdAsync();
        ContentItemRef[] items = [new(ContentItemType.Product, tea.Id), new(ContentItemType.Producer, tea.ProducerId!.Value)];

        await _site.PublishAsync(items);

        var written = await _site.WithDbAsync(db => db.CacheInstructions.AsNoTracking().Where(i => i.Id > before).ToListAsync());
        Assert.That(written, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(written[0].Node, Is.EqualTo(_site.Services.GetRequiredService<ClusterNode>().Id));
            Assert.That(written[0].Source, Is.EqualTo("test"));
            Assert.That(InstructionItems.Read(written[0].Items), Is.EqualTo(items));
            Assert.That(written[0].CreatedUtc, Is.EqualTo(_clock.GetUtcNow().UtcDateTime).Within(TimeSpan.FromMilliseconds(1)));
        });
    }

    [Test]
    public async Task Another_servers_instruction_updates_the_cached_page_the_search_and_the_catalogue()
    {
        var tea = await SeedAsync("Trà gừng máy bên");
        var page = "/san-pham/" + tea.Slug;
        await GetAsync(_client, page);
        var cached = await GetAsync(_client, page);
        await _site.Services.GetRequiredService<PublishedCatalogue>().EntriesAsync();

        await RenameAsync(tea.Id, "Trà gừng quanhquéo máy bên");
        var id = await InsertAsync(OtherServer, new ContentItemRef(ContentItemType.Product, tea.Id));
        await AppliedAsync(id, wake: true);

        var after = await GetAsync(_client, page);
        var hits = await _site.Services.GetRequiredService<SiteSearch>().SearchAsync(new SearchRequest { Query = "quanhquéo" });
        var entries = await _site.Services.GetRequiredService<PublishedCatalogue>().EntriesAsync();
        Assert.Multiple(() =>
        {
            Assert.That(cached.Age, Is.Not.Null, "the page was cached before");
            Assert.That(after.Html, Does.Contain("Trà gừng quanhquéo máy bên"));
            Assert.That(hits.Hits.Select(h => h.Slug), Does.Contain(tea.Slug));
            Assert.That(entries.Single(e => e.Id == tea.Id).Name, Is.EqualTo("Trà gừng quanhquéo máy bên"));
        });
    }

    [Test]
    public async Task This_servers_own_instructions_are_skipped()
    {
        var tea = await SeedAsync("Trà ổi tự ghi");
        var page = "/san-pham/" + tea.Slug;
        await GetAsync(_client, page);

        await RenameAsync(tea.Id, "Trà ổi đổi tên tự ghi");
        var id = await InsertAsync(_site.Services.GetRequiredService<ClusterNode>().Id, new ContentItemRef(ContentItemType.Product, tea.Id));
        await AppliedAsync(id, wake: true);

        var after = await GetAsync(_client, page);
        Assert.Multiple(() =>
        {
            Assert.That(after.Age, Is.Not.Null, "still the cached page: this server applied its own change when it published it");
            Assert.That(after.Html, Does.Not.Contain("đổi tên tự ghi"));
        });
    }

    [Test]
    public async Task The_uSync_files_are_written_by_the_publishing_server_only()
    {
        var tea = await SeedAsync("Trà vối tệp riêng");
        await RenameAsync(tea.Id, "Trà vối tệp riêng mới");

        var id = await InsertAsync(OtherServer, new ContentItemRef(ContentItemType.Product, tea.Id));
        await AppliedAsync(id, wake: true);
        var afterReplay = FilesNaming("tệp riêng mới");
        await _site.PublishAsync(new ContentItemRef(ContentItemType.Product, tea.Id));

        Assert.Multiple(() =>
        {
            Assert.That(afterReplay, Is.Empty, "the replay wrote no uSync file");
            Assert.That(FilesNaming("tệp riêng mới"), Is.Not.Empty, "a publish on this server does (export on publish is on)");
        });
    }

    [Test]
    public async Task A_notification_wakes_the_server_long_before_the_poll()
    {
        RequirePostgreSql();
        await ListenerPidAsync();
        var tea = await SeedAsync("Trà đinh chuông reo");
        await RenameAsync(tea.Id, "Trà đinh chuông reo lại");

        var clock = Stopwatch.StartNew();
        var id = await InsertAsync(OtherServer, [new ContentItemRef(ContentItemType.Product, tea.Id)], notify: true);
        await AppliedAsync(id, wake: false, TimeSpan.FromSeconds(2));

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)), "applied on the NOTIFY, not the 30 s poll");
        Assert.That((await GetAsync(_client, "/san-pham/" + tea.Slug)).Html, Does.Contain("Trà đinh chuông reo lại"));
    }

    [Test]
    public async Task A_terminated_listen_connection_is_made_again_and_the_server_catches_up()
    {
        RequirePostgreSql();
        var before = await ListenerPidAsync();
        var tea = await SeedAsync("Trà mãng cầu đứt dây");

        await using (var connection = new NpgsqlConnection(_base.ConnectionString))
        {
            await connection.OpenAsync();
            await using var terminate = new NpgsqlCommand($"SELECT pg_terminate_backend({before})", connection);
            await terminate.ExecuteScalarAsync();
        }

        await RenameAsync(tea.Id, "Trà mãng cầu nối lại");
        var id = await InsertAsync(OtherServer, [new ContentItemRef(ContentItemType.Product, tea.Id)], notify: true);
        // Within the 30 s poll: the server connects again and reads what it may have missed.
        await AppliedAsync(id, wake: false, TimeSpan.FromSeconds(10));
        var after = await ListenerPidAsync();
        var page = await GetAsync(_client, "/san-pham/" + tea.Slug);

        Assert.Multiple(() =>
        {
            Assert.That(after, Is.Not.EqualTo(before), "a new LISTEN connection");
            Assert.That(page.Html, Does.Contain("Trà mãng cầu nối lại"));
        });
    }

    [Test]
    public async Task A_pruned_position_makes_the_server_rebuild_and_serve_current_pages()
    {
        var tea = await SeedAsync("Trà bông cắt bỏ");
        await AppliedAsync(await MaxIdAsync(), wake: true);
        var page = "/san-pham/" + tea.Slug;
        await GetAsync(_client, page);
        var rebuilds = CountRebuilds();

        // Changed without naming it: only a rebuild can show it. Then the instruction after this server's position is
        // pruned before the server reads it, in one transaction with the next one.
        await RenameAsync(tea.Id, "Trà bông tái dựng");
        var id = await _site.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var missed = Instruction(OtherServer, []);
            db.CacheInstructions.Add(missed);
            await db.SaveChangesAsync();
            var next = Instruction(OtherServer, []);
            db.CacheInstructions.Add(next);
            await db.SaveChangesAsync();
            await db.CacheInstructions.Where(i => i.Id <= missed.Id).ExecuteDeleteAsync();
            await transaction.CommitAsync();
            return next.Id;
        });
        await AppliedAsync(id, wake: true);

        await AssertRebuiltAsync(tea, page, "Trà bông tái dựng", rebuilds);
    }

    [Test]
    public async Task A_server_too_far_behind_rebuilds_and_serves_current_pages()
    {
        var tea = await SeedAsync("Trà lá dứa tụt hậu");
        await AppliedAsync(await MaxIdAsync(), wake: true);
        var page = "/san-pham/" + tea.Slug;
        await GetAsync(_client, page);
        var rebuilds = CountRebuilds();

        await RenameAsync(tea.Id, "Trà lá dứa bắt kịp");
        var id = await _site.WithDbAsync(async db =>
        {
            // More than RebuildAfter (5) waiting.
            var many = Enumerable.Range(0, 7).Select(_ => Instruction(OtherServer, [])).ToList();
            db.CacheInstructions.AddRange(many);
            await db.SaveChangesAsync();
            return many.Max(i => i.Id);
        });
        await AppliedAsync(id, wake: true);

        await AssertRebuiltAsync(tea, page, "Trà lá dứa bắt kịp", rebuilds);
    }

    [Test]
    public async Task A_rebuild_reads_stamps_issued_meanwhile_again()
    {
        var tea = await SeedAsync("Trà mãng cầu tem mới");
        var batch = Batch(tea, "TEM-REBUILD-1");
        await _site.SaveAsync(batch);
        await AppliedAsync(await MaxIdAsync(), wake: true);
        const string serial = "23456789ABC";
        var before = await StampStatusAsync(batch.Id, serial);

        // Issued on another server whose instruction this one never reads: only a rebuild can learn of it.
        var order = new StampPrintOrder
        {
            Id = Guid.NewGuid(), BatchId = batch.Id, RequestedCount = 1, Reason = "Máy khác", RequestedBy = "other server",
            RequestedAt = Start, State = StampOrderState.Issued, IssuedCount = 1, StampWidthMm = 32, StampHeightMm = 45, Columns = 5, MarginMm = 10,
        };
        Assert.That(StampSerial.TryParse(serial, out var value), Is.True);
        await _site.SaveAsync(order, new IssuedStamp { BatchId = batch.Id, SerialValue = value, Serial = serial, PrintOrderId = order.Id });
        var id = await _site.WithDbAsync(async db =>
        {
            var many = Enumerable.Range(0, 7).Select(_ => Instruction(OtherServer, [])).ToList();
            db.CacheInstructions.AddRange(many);
            await db.SaveChangesAsync();
            return many.Max(i => i.Id);
        });
        var rebuilds = CountRebuilds();
        await AppliedAsync(id, wake: true);

        var after = await StampStatusAsync(batch.Id, serial);
        Assert.Multiple(() =>
        {
            Assert.That(rebuilds(), Is.EqualTo(1));
            Assert.That(before, Is.EqualTo(StampStatus.NotSerialised), "the batch had no stamps when this server first read it");
            Assert.That(after, Is.EqualTo(StampStatus.Issued));
        });
    }

    private Task<StampStatus> StampStatusAsync(Guid batchId, string serial) =>
        _site.WithServiceAsync<IssuedSerials, StampStatus>(s => s.StatusAsync(batchId, serial, CancellationToken.None).AsTask());

    [Test]
    public async Task Pruning_deletes_old_instructions_and_keeps_the_newest()
    {
        var old = await InsertAsync(OtherServer);
        _clock.Advance(TimeSpan.FromDays(2));
        var recent = await InsertAsync(OtherServer);
        await AppliedAsync(recent, wake: true);

        // Three days after the first: it goes, with everything before it; the second is two days old.
        _clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await _site.WithServiceAsync<InstructionPruning, int>(p => p.PruneAsync());
        var afterThreeDays = await IdsAsync();
        // Long after the last: it is old, but it stays, being the newest.
        _clock.Advance(TimeSpan.FromDays(5));
        await _site.WithServiceAsync<InstructionPruning, int>(p => p.PruneAsync());
        var afterEightDays = await IdsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(afterThreeDays, Does.Not.Contain(old));
            Assert.That(afterThreeDays.Min(), Is.EqualTo(recent), "everything before the first instruction kept goes");
            Assert.That(afterEightDays, Is.EqualTo(new[] { recent }));
        });
    }

    [Test]
    public async Task Readiness_waits_for_the_first_catch_up_after_a_restart()
    {
        await AppliedAsync(await MaxIdAsync(), wake: true);
        var marker = Gate.Close();
        // Written while this "restarted" server was away: its kept position is before it.
        var id = await InsertAsync(OtherServer, new ContentItemRef(ContentItemType.Page, marker));
        await File.WriteAllTextAsync(Path.Combine(_base.DataDirectory, InstructionReplay.PositionFileName),
            (id - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var readiness = new SiteReadiness();
        using var restarted = ActivatorUtilities.CreateInstance<InstructionReplay>(_site.Services, readiness);

        await restarted.StartAsync(CancellationToken.None);
        await Gate.Entered.Task.WaitAsync(Patience);
        var waitingDuring = readiness.Waiting.Select(w => w.Part).ToList();
        Gate.Open();
        await restarted.CaughtUp.WaitAsync(Patience);
        var waitingAfter = readiness.Waiting.Select(w => w.Part).ToList();
        await restarted.StopAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(waitingDuring, Does.Contain(InstructionReplay.ReadinessPart));
            Assert.That(waitingAfter, Does.Not.Contain(InstructionReplay.ReadinessPart));
            Assert.That(_site.Services.GetRequiredService<SiteReadiness>().Waiting.Select(w => w.Part), Does.Not.Contain(InstructionReplay.ReadinessPart),
                "the site's own replay caught up at start");
        });
    }

    [Test]
    public async Task The_lag_is_measured_while_instructions_wait_and_is_zero_once_applied()
    {
        _ = _site.Server;
        var factory = _site.Services.GetRequiredService<IMeterFactory>();
        var measured = new ConcurrentQueue<(string Name, double Value)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == SiteMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((i, v, _, _) => measured.Enqueue((i.Name, v)));
        listener.SetMeasurementEventCallback<double>((i, v, _, _) => measured.Enqueue((i.Name, v)));
        listener.Start();
        await AppliedAsync(await MaxIdAsync(), wake: true);

        var marker = Gate.Close();
        var id = await _site.WithDbAsync(async db =>
        {
            var row = Instruction(OtherServer, [new ContentItemRef(ContentItemType.Page, marker)]);
            row.CreatedUtc = _clock.GetUtcNow().UtcDateTime.AddSeconds(-30);
            db.CacheInstructions.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });
        Replay.Wake();
        await Gate.Entered.Task.WaitAsync(Patience);
        listener.RecordObservableInstruments();
        var waiting = (Pending: Replay.Pending, Seconds: Replay.LagSeconds, Measured: measured.ToList());
        measured.Clear();
        Gate.Open();
        await AppliedAsync(id, wake: false);
        listener.RecordObservableInstruments();
        var applied = measured.ToList();

        Assert.Multiple(() =>
        {
            Assert.That(waiting.Pending, Is.EqualTo(1));
            Assert.That(waiting.Seconds, Is.EqualTo(30).Within(0.01));
            Assert.That(waiting.Measured, Does.Contain(("cluster.instruction_lag", 1d)));
            Assert.That(waiting.Measured.Where(m => m.Name == "cluster.instruction_lag_seconds").Select(m => m.Value), Has.Some.EqualTo(30).Within(0.01));
            Assert.That(applied, Does.Contain(("cluster.instruction_lag", 0d)));
            Assert.That(applied, Does.Contain(("cluster.instruction_lag_seconds", 0d)));
            Assert.That(applied.Where(m => m.Name == "cluster.instructions.applied").Sum(m => m.Value), Is.EqualTo(1));
            Assert.That(Replay.Pending, Is.Zero);
        });
    }

    private void RequirePostgreSql()
    {
        if (provider != DatabaseProvider.PostgreSql)
        {
            Assert.Ignore("NOTIFY and LISTEN are PostgreSQL's; SQLite polls.");
        }
    }

    private async Task AssertRebuiltAsync(Product tea, string page, string newName, Func<long> rebuilds)
    {
        var after = await GetAsync(_client, page);
        var hits = await _site.Services.GetRequiredService<SiteSearch>().SearchAsync(new SearchRequest { Query = newName });
        var entries = await _site.Services.GetRequiredService<PublishedCatalogue>().EntriesAsync();
        var max = await MaxIdAsync();
        Assert.Multiple(() =>
        {
            Assert.That(rebuilds(), Is.EqualTo(1), "one rebuild counted");
            Assert.That(after.Age, Is.Null, "the page cache was emptied");
            Assert.That(after.Html, Does.Contain(newName));
            Assert.That(hits.Hits.Select(h => h.Slug), Does.Contain(tea.Slug), "the search index was rebuilt");
            Assert.That(entries.Single(e => e.Id == tea.Id).Name, Is.EqualTo(newName), "the catalogue list was read again");
            Assert.That(Replay.Position, Is.EqualTo(max));
        });
    }

    /// <summary>Counts rebuilds of this site from now on.</summary>
    private Func<long> CountRebuilds()
    {
        var factory = _site.Services.GetRequiredService<IMeterFactory>();
        long count = 0;
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Name == "cluster.rebuilds" && ReferenceEquals(instrument.Meter.Scope, factory))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, v, _, _) => Interlocked.Add(ref count, v));
        listener.Start();
        return () =>
        {
            var counted = Interlocked.Read(ref count);
            listener.Dispose();
            return counted;
        };
    }

    private List<string> FilesNaming(string text) =>
        [.. Directory.EnumerateFiles(_usync, "*.json", SearchOption.AllDirectories).Where(f => File.ReadAllText(f).Contains(text, StringComparison.Ordinal))];

    private async Task<Product> SeedAsync(string name)
    {
        var producer = Producer("Hợp tác xã " + name);
        var product = Product(name, producer, OcopGroup.Drinks, Rated(72m, new DateOnly(2024, 11, 14)));
        await _site.SaveAsync(producer, product);
        product.ProducerId = producer.Id;
        return product;
    }

    private async Task RenameAsync(Guid productId, string name) =>
        await _site.WithDbAsync(db => db.Products.Where(p => p.Id == productId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, name)));

    private Task<List<long>> IdsAsync() => _site.WithDbAsync(db => db.CacheInstructions.OrderBy(i => i.Id).Select(i => i.Id).ToListAsync());

    private Task<long> MaxIdAsync() => _site.WithDbAsync(async db => await db.CacheInstructions.MaxAsync(i => (long?)i.Id) ?? 0);

    private CacheInstruction Instruction(string node, ContentItemRef[] items) => new()
    {
        CreatedUtc = _clock.GetUtcNow().UtcDateTime,
        Node = node,
        Source = "back office",
        Items = InstructionItems.Write(items),
    };

    private Task<long> InsertAsync(string node, params ContentItemRef[] items) => InsertAsync(node, items, notify: false);

    /// <summary>Writes an instruction as a server does, ringing on PostgreSQL when asked.</summary>
    private Task<long> InsertAsync(string node, ContentItemRef[] items, bool notify) =>
        _site.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var row = Instruction(node, items);
            db.CacheInstructions.Add(row);
            await db.SaveChangesAsync();
            if (notify)
            {
                var payload = row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await db.Database.ExecuteSqlAsync($"SELECT pg_notify({CacheInstructionWriter.Channel}, {payload})");
            }

            await transaction.CommitAsync();
            return row.Id;
        });

    /// <summary>Waits until the server's position reaches <paramref name="id"/>, waking it first when asked.</summary>
    private async Task AppliedAsync(long id, bool wake, TimeSpan? within = null)
    {
        _ = _site.Server;
        var deadline = Stopwatch.StartNew();
        if (wake)
        {
            Replay.Wake();
        }

        while (Replay.Position < id)
        {
            if (deadline.Elapsed > (within ?? Patience))
            {
                Assert.Fail($"Instruction {id} not applied within {within ?? Patience}; position {Replay.Position}.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>The LISTEN connection's server process, once it is listening.</summary>
    private async Task<int> ListenerPidAsync()
    {
        _ = _site.Server;
        var deadline = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(_base.ConnectionString);
        await connection.OpenAsync();
        while (true)
        {
            await using var find = new NpgsqlCommand(
                "SELECT pid FROM pg_stat_activity WHERE application_name = 'ocop-instructions' AND datname = current_database() AND query LIKE 'LISTEN%'",
                connection);
            if (await find.ExecuteScalarAsync() is int pid)
            {
                return pid;
            }

            if (deadline.Elapsed > Patience)
            {
                Assert.Fail("No LISTEN connection.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Holds the replay inside its handlers while a test looks at the lag.</summary>
    internal sealed class ReplayGate
    {
        private TaskCompletionSource _open = Opened();

        public Guid Marker { get; private set; }

        public TaskCompletionSource Entered { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Opening => _open.Task;

        /// <summary>Closes the gate for a notification naming the page returned.</summary>
        public Guid Close()
        {
            Marker = Guid.NewGuid();
            Entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
            _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
            return Marker;
        }

        public void Open() => _open.TrySetResult();

        private static TaskCompletionSource Opened()
        {
            var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            open.SetResult();
            return open;
        }
    }

    internal sealed class GatedHandler(ReplayGate gate) : IContentPublishedHandler
    {
        public async Task HandleAsync(ContentPublished notification, CancellationToken cancellationToken)
        {
            if (notification.IdsOf(ContentItemType.Page).Contains(gate.Marker))
            {
                gate.Entered.TrySetResult();
                await gate.Opening.WaitAsync(cancellationToken);
            }
        }
    }
}
