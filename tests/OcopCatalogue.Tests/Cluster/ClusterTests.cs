using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using OcopCatalogue.Tests.Media;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Cluster;

/// <summary>
/// Several servers on one PostgreSQL database behind HAProxy (issue 15), as scripts/cluster.sh runs them: three node
/// processes of the site's build output, started once for the fixture. Staff work through node 1's back office; the
/// other nodes must follow within the times the README promises, whatever happens to them. Every test leaves the
/// three nodes running and ready for the next.
/// </summary>
[Category("Cluster")]
[NonParallelizable]
public sealed class ClusterTests
{
    private const string AdminEmail = "quan-tri@cluster.test";
    private const string PageSlug = "gioi-thieu-ocop";
    private const string PagePath = "/trang/" + PageSlug;
    private const string ScheduledSlug = "lien-he";
    // The sample batch of Trà Xạ đen in uSync/batches, scanned with serials of the tests' own.
    private const string BatchPath = "/01/09520123456788/10/XD2025-07";
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(180);

    private LocalCluster _cluster = null!;
    private HttpClient _admin = null!;
    private Guid _pageId;
    private Guid _scheduledPageId;
    private string _scheduledMarker = "";
    private DateTimeOffset _scheduledAt;

    [OneTimeSetUp]
    public async Task StartCluster()
    {
        if (LocalCluster.FindHaproxy() is null)
        {
            Assert.Ignore("HAProxy is not installed: the cluster tests need Debian's haproxy (scripts/test.sh installs it).");
        }

        _cluster = await LocalCluster.StartAsync(3, [
            // Short enough that a node that lost its LISTEN connection catches up within the tests' limits.
            "--Ocop:Cluster:PollSeconds=1",
            "--Ocop:Operations:DrainSeconds=0",
            "--Logging:LogLevel:Microsoft.AspNetCore=Warning",
        ], StartLimit);
        await CreateAdministratorAsync();
        _admin = await SignInAsync(_cluster.Node(1));
        _pageId = await PageIdAsync(PageSlug);
        _scheduledPageId = await PageIdAsync(ScheduledSlug);
        await ScheduleDuePublishAsync();
    }

    [OneTimeTearDown]
    public async Task StopCluster()
    {
        _admin?.Dispose();
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    [Test]
    [Order(1)]
    public async Task A_publish_through_node_1_shows_on_nodes_2_and_3_within_two_seconds()
    {
        // Nodes 2 and 3 have the page in their caches before the publish.
        await WarmAsync(PagePath, 2, 3);
        var marker = Marker("publish");

        await PublishPageAsync(marker);
        var published = Stopwatch.StartNew();
        var seen = await Task.WhenAll(new[] { 2, 3 }.Select(n => SeenWithinAsync(_cluster.Node(n), PagePath, marker, TimeSpan.FromSeconds(2))));

        Assert.Multiple(() =>
        {
            Assert.That(seen[0], Is.Not.Null, $"node 2 still served the old page {published.Elapsed.TotalMilliseconds:F0} ms after the publish");
            Assert.That(seen[1], Is.Not.Null, $"node 3 still served the old page {published.Elapsed.TotalMilliseconds:F0} ms after the publish");
        });
    }

    [Test]
    [Order(2)]
    public async Task A_node_killed_under_traffic_costs_clients_answers_only_until_HAProxy_marks_it_down_and_catches_up_on_restart()
    {
        var node2 = _cluster.Node(2);
        // Each request by when its answer (or error) came: one sent just before the kill and cut off by it counts as
        // during the kill, not before.
        var answers = new ConcurrentBag<(TimeSpan Answered, string? Error)>();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var clients = Enumerable.Range(0, 8).Select(i => LoadAsync(i % 2 == 0 ? "/" : PagePath, clock, answers, stop.Token)).ToList();
        await Task.Delay(1000);

        var killedAt = clock.Elapsed;
        node2.Kill();
        var markedDownAt = await MarkedDownAsync(node2, clock, TimeSpan.FromSeconds(10));
        // Load on, after HAProxy has taken the node out: no client may see an error any more.
        await Task.Delay(3000);
        await stop.CancelAsync();
        await Task.WhenAll(clients);

        var before = answers.Where(a => a.Answered < killedAt).ToList();
        var during = answers.Where(a => a.Answered >= killedAt && a.Answered < markedDownAt).ToList();
        var after = answers.Where(a => a.Answered >= markedDownAt).ToList();
        TestContext.Out.WriteLine($"node 2 marked down {(markedDownAt - killedAt).TotalMilliseconds:F0} ms after SIGKILL; "
            + $"errors: {Errors(before)} of {before.Count} before, {Errors(during)} of {during.Count} until marked down, {Errors(after)} of {after.Count} after"
            + string.Concat(answers.Where(a => a.Error is not null).Select(a => $"\n  {a.Error} (answered at {a.Answered.TotalMilliseconds:F0} ms)")));

        // While node 2 is away, something is published; restarted, it must serve the current page.
        var marker = Marker("restart");
        await PublishPageAsync(marker);
        var restarted = Stopwatch.StartNew();
        node2.Start();
        await LocalCluster.WaitReadyAsync(node2, StartLimit);
        var readyAfter = restarted.Elapsed;
        TestContext.Out.WriteLine($"node 2 ready {readyAfter.TotalSeconds:F1} s after its restart");
        TestContext.Out.WriteLine("The end of HAProxy's log (requests retried on another node, errors):\n"
            + string.Join('\n', _cluster.BalancerLog.Split('\n').TakeLast(30)));
        using var direct = NodeClient(node2);
        var page = await HtmlPage.GetAsync(direct, PagePath);
        await WaitUpAsync(node2, TimeSpan.FromSeconds(10));

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.Not.Empty, "the clients sent requests before the kill");
            Assert.That(before.Where(a => a.Error is not null).Select(a => a.Error), Is.Empty, "errors before the kill");
            Assert.That(after, Is.Not.Empty, "the clients sent requests after HAProxy marked node 2 down");
            Assert.That(after.Where(a => a.Error is not null).Select(a => a.Error), Is.Empty, "errors after HAProxy marked node 2 down");
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Html, Does.Contain(marker), "the restarted node serves the page published while it was away");
        });
    }

    [Test]
    [Order(3)]
    public async Task A_node_whose_LISTEN_connection_was_terminated_still_catches_up()
    {
        var listening = await WaitForListenersAsync(3, TimeSpan.FromSeconds(10));
        Assert.That(listening, Is.GreaterThanOrEqualTo(3), "every node listens for cache instructions");
        await WarmAsync(PagePath, 2, 3);

        var terminated = Convert.ToInt64(await _cluster.ScalarAsync("""
            SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND query ILIKE 'LISTEN%'
            """), CultureInfo.InvariantCulture);
        var marker = Marker("listen");
        await PublishPageAsync(marker);
        var seen = await Task.WhenAll(new[] { 2, 3 }.Select(n => SeenWithinAsync(_cluster.Node(n), PagePath, marker, TimeSpan.FromSeconds(5))));

        Assert.Multiple(() =>
        {
            Assert.That(terminated, Is.GreaterThanOrEqualTo(3), "LISTEN connections terminated");
            Assert.That(seen[0], Is.Not.Null, "node 2 caught up without its LISTEN connection");
            Assert.That(seen[1], Is.Not.Null, "node 3 caught up without its LISTEN connection");
        });
    }

    [Test]
    [Order(4)]
    public async Task A_sign_in_cookie_and_a_form_from_node_1_are_accepted_by_node_3()
    {
        var node1 = _cluster.Node(1);
        var node3 = _cluster.Node(3);
        var cookies = new CookieContainer();
        using var onNode1 = NodeClient(node1, cookies);
        using (var signedIn = await BackOfficeSession.SignInAsync(onNode1, AdminEmail, BackOfficeSession.Password))
        {
            Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "sign-in on node 1");
        }

        // A form read on node 1 (its antiforgery token and cookie come from node 1's keys) is sent to node 3.
        var edit = $"/backoffice/trang/{_pageId}";
        var form = await FilledForm.ReadAsync(onNode1, edit, "Form.Title");
        form.Set("Form.Title", "Giới thiệu chương trình OCOP " + Marker("cookie"));
        var onNode3Cookies = new CookieContainer();
        foreach (Cookie cookie in cookies.GetAllCookies())
        {
            onNode3Cookies.Add(node3.Address, new Cookie(cookie.Name, cookie.Value, cookie.Path));
        }

        using var onNode3 = NodeClient(node3, onNode3Cookies);
        using var anonymous = NodeClient(node3);
        using var withoutCookie = await anonymous.GetAsync(new Uri("/backoffice", UriKind.Relative));
        using var backOffice = await onNode3.GetAsync(new Uri("/backoffice", UriKind.Relative));
        using var content = new FormUrlEncodedContent(form.Fields);
        using var saved = await onNode3.PostAsync(new Uri(edit + "?handler=Save", UriKind.Relative), content);

        Assert.Multiple(() =>
        {
            Assert.That(withoutCookie.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "node 3 asks a stranger to sign in");
            Assert.That(backOffice.StatusCode, Is.EqualTo(HttpStatusCode.OK), "node 3 accepts node 1's sign-in cookie");
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "node 3 accepts node 1's form token (a draft saved)");
        });
    }

    [Test]
    [Order(5)]
    public async Task A_photo_uploaded_through_node_1_is_served_by_node_2()
    {
        using var images = new VipsImages();
        var jpeg = await File.ReadAllBytesAsync(await images.PhotoAsync("cluster.jpg", 800, 600));
        const string upload = "/backoffice/thu-vien-anh/tai-len";
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(jpeg);
        part.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(part, "Photo", "tra-xa-den-cluster.jpg");
        form.Add(new StringContent("Gói Trà Xạ đen, chụp trên nút 1"), "Alt");
        form.Add(new StringContent(""), "AltEn");
        form.Add(new StringContent(await BackOfficeSession.TokenAsync(_admin, upload)), "__RequestVerificationToken");

        using var uploaded = await _admin.PostAsync(new Uri(upload, UriKind.Relative), form);
        Assert.That(uploaded.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the upload on node 1");
        var id = uploaded.Headers.Location!.OriginalString.Split('/')[^1];
        using var node2 = NodeClient(_cluster.Node(2));
        using var webp = await node2.GetAsync(new Uri($"/media/{id}/320.webp", UriKind.Relative));
        using var jpg = await node2.GetAsync(new Uri($"/media/{id}/640.jpg", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(webp.StatusCode, Is.EqualTo(HttpStatusCode.OK), "node 2 serves the WebP rendition");
            Assert.That(webp.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/webp"));
            Assert.That(jpg.StatusCode, Is.EqualTo(HttpStatusCode.OK), "node 2 serves the JPEG rendition");
        });
    }

    [Test]
    [Order(6)]
    public async Task Scans_of_one_serial_spread_over_three_nodes_raise_the_clone_caution_on_every_node()
    {
        var serial = BatchPath + "/21/" + Marker("clone").ToUpperInvariant().Replace("-", "", StringComparison.Ordinal);
        // Six networks (one more than the limit of five), each scanning through another node, two per node.
        for (var network = 1; network <= 6; network++)
        {
            var page = await ScanAsync(_cluster.Node((network - 1) % 3 + 1), serial, $"203.0.{network}.7");
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), $"scan {network}");
        }

        // The caution shows on every node within 5 seconds (a view from a network already counted adds nothing).
        var watch = Stopwatch.StartNew();
        var cautions = new bool[3];
        while (watch.Elapsed < TimeSpan.FromSeconds(5) && !cautions.All(c => c))
        {
            for (var n = 1; n <= 3; n++)
            {
                var page = await ScanAsync(_cluster.Node(n), serial, "203.0.1.7");
                cautions[n - 1] = page.Document.QuerySelector("#scan-caution") is not null;
            }

            await Task.Delay(200);
        }

        Assert.That(cautions, Is.All.True, "the clone caution on nodes 1, 2 and 3");
    }

    [Test]
    [Order(7)]
    public async Task A_node_that_missed_more_instructions_than_are_kept_rebuilds_and_serves_current_pages()
    {
        var node3 = _cluster.Node(3);
        await WarmAsync(PagePath, 3);
        var marker = Marker("rebuild");
        node3.Signal("STOP");
        try
        {
            for (var i = 1; i <= 3; i++)
            {
                await PublishPageAsync(marker + "-" + i.ToString(CultureInfo.InvariantCulture));
            }

            // Pruning while node 3 is away: only the newest instruction is kept, so its position is gone.
            var newest = await _cluster.ScalarAsync("""SELECT max("Id") FROM "CacheInstructions" """);
            await _cluster.ScalarAsync("""DELETE FROM "CacheInstructions" WHERE "Id" < (SELECT max("Id") FROM "CacheInstructions")""");
            Assert.That(newest, Is.Not.Null, "publishes write cache instructions");
        }
        finally
        {
            node3.Signal("CONT");
        }

        var seen = await SeenWithinAsync(node3, PagePath, marker + "-3", TimeSpan.FromSeconds(15));
        await LocalCluster.WaitReadyAsync(node3, TimeSpan.FromSeconds(30));
        await WaitUpAsync(node3, TimeSpan.FromSeconds(10));

        Assert.That(seen, Is.Not.Null, "node 3 rebuilt and serves the current page");
    }

    [Test]
    [Order(100)]
    public async Task A_due_scheduled_publish_happens_once_with_three_nodes_running()
    {
        // Set at the fixture's start, due at once; every node's scheduler ticks every minute. Wait for the publish,
        // then until every node has had a tick after it was due.
        var scheduledPage = "/trang/" + ScheduledSlug;
        using var node1 = NodeClient(_cluster.Node(1));
        var watch = Stopwatch.StartNew();
        var published = false;
        do
        {
            // A query the page ignores, so node 1 renders it afresh rather than from its cache.
            var page = await HtmlPage.GetAsync(node1, scheduledPage + "?lan=" + watch.ElapsedTicks.ToString(CultureInfo.InvariantCulture));
            published = page.Html.Contains(_scheduledMarker, StringComparison.Ordinal);
            if (!published)
            {
                await Task.Delay(500);
            }
        }
        while (!published && DateTimeOffset.UtcNow - _scheduledAt < TimeSpan.FromSeconds(75));

        var allTicked = _scheduledAt + TimeSpan.FromSeconds(70) - DateTimeOffset.UtcNow;
        if (allTicked > TimeSpan.Zero)
        {
            await Task.Delay(allTicked);
        }

        var versions = Convert.ToInt64(await _cluster.ScalarAsync($"""
            SELECT count(*) FROM "ContentVersions"
            WHERE "ItemId" = '{_scheduledPageId}' AND "PublishedAt" IS NOT NULL AND "Snapshot" LIKE '%{_scheduledMarker}%'
            """), CultureInfo.InvariantCulture);
        var audited = Convert.ToInt64(await _cluster.ScalarAsync($"""
            SELECT count(*) FROM "AuditEntries" WHERE "ItemId" = '{_scheduledPageId}' AND "Action" = 'content.published.scheduled'
            """), CultureInfo.InvariantCulture);

        Assert.Multiple(() =>
        {
            Assert.That(published, Is.True, "the scheduled version was published");
            Assert.That(versions, Is.EqualTo(1), "published versions with the scheduled text");
            Assert.That(audited, Is.EqualTo(1), "audit entries of the scheduled publish");
        });
    }

    private static string Marker(string what) => $"cluster-{what}-{Guid.NewGuid().ToString("N")[..8]}";

    private static HttpClient NodeClient(ClusterNodeProcess node, CookieContainer? cookies = null)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies ?? new CookieContainer() };
        return new HttpClient(handler) { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The first administrator, through the one-time link on the node that printed it.</summary>
    private async Task CreateAdministratorAsync()
    {
        var (node, link) = await _cluster.SetUpLinkAsync(TimeSpan.FromSeconds(20));
        using var client = NodeClient(node);
        var token = link[(link.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..];
        using var response = await BackOfficeSession.PostFormAsync(client, link, new Dictionary<string, string>
        {
            ["DisplayName"] = "Quản trị cụm",
            ["Email"] = AdminEmail,
            ["Password"] = BackOfficeSession.Password,
            ["ConfirmPassword"] = BackOfficeSession.Password,
            ["Token"] = token,
        });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The set-up link on {node.Name} answered {(int)response.StatusCode}.\n{node.LogTail()}");
        }
    }

    private static async Task<HttpClient> SignInAsync(ClusterNodeProcess node)
    {
        var client = NodeClient(node);
        using var response = await BackOfficeSession.SignInAsync(client, AdminEmail, BackOfficeSession.Password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            client.Dispose();
            throw new InvalidOperationException($"Sign-in on {node.Name} answered {(int)response.StatusCode}.");
        }

        return client;
    }

    private async Task<Guid> PageIdAsync(string slug) =>
        (Guid)(await _cluster.ScalarAsync($"""SELECT "Id" FROM "Pages" WHERE "Slug" = '{slug}'""")
            ?? throw new InvalidOperationException($"No page {slug} in the imported content."));

    /// <summary>Publishes the content page through node 1's back-office edit form with the marker in its title.</summary>
    private async Task PublishPageAsync(string marker)
    {
        var edit = $"/backoffice/trang/{_pageId}";
        var form = await FilledForm.ReadAsync(_admin, edit, "Form.Title");
        form.Set("Form.Title", "Giới thiệu chương trình OCOP " + marker);
        using var content = new FormUrlEncodedContent(form.Fields);
        using var response = await _admin.PostAsync(new Uri(edit + "?handler=Publish", UriKind.Relative), content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"publish {marker} through node 1");
    }

    /// <summary>A draft of the contact page with a marker, scheduled through node 1 to be published a minute ago.</summary>
    private async Task ScheduleDuePublishAsync()
    {
        _scheduledMarker = Marker("scheduled");
        var edit = $"/backoffice/trang/{_scheduledPageId}";
        var form = await FilledForm.ReadAsync(_admin, edit, "Form.Title");
        form.Set("Form.Title", "Liên hệ " + _scheduledMarker);
        using (var content = new FormUrlEncodedContent(form.Fields))
        using (var saved = await _admin.PostAsync(new Uri(edit + "?handler=Save", UriKind.Relative), content))
        {
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the draft to schedule");
        }

        var version = Convert.ToInt32(await _cluster.ScalarAsync($"""SELECT max("Number") FROM "ContentVersions" WHERE "ItemId" = '{_scheduledPageId}'"""),
            CultureInfo.InvariantCulture);
        var history = $"/backoffice/lich-su/trang/{_scheduledPageId}";
        var vietnam = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).AddMinutes(-1);
        using var scheduled = await BackOfficeSession.PostFormAsync(_admin, history, new Dictionary<string, string>
        {
            ["version"] = version.ToString(CultureInfo.InvariantCulture),
            ["publishAt"] = vietnam.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
            ["unpublishAt"] = "",
        }, history + "?handler=Schedule");
        Assert.That(scheduled.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the schedule");
        _scheduledAt = DateTimeOffset.UtcNow;
    }

    /// <summary>Each node answers the page once (twice, so the second comes from its cache).</summary>
    private async Task WarmAsync(string path, params int[] nodes)
    {
        foreach (var n in nodes)
        {
            using var client = NodeClient(_cluster.Node(n));
            for (var i = 0; i < 2; i++)
            {
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{path} on node {n}");
            }
        }
    }

    /// <summary>How long until the node's page showed the marker, asked every 50 ms; null when it did not within the limit.</summary>
    private static async Task<TimeSpan?> SeenWithinAsync(ClusterNodeProcess node, string path, string marker, TimeSpan limit)
    {
        using var client = NodeClient(node);
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed <= limit)
        {
            try
            {
                var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
                if (html.Contains(marker, StringComparison.Ordinal))
                {
                    return watch.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not answering yet (restarting): asked again.
            }

            await Task.Delay(50);
        }

        return null;
    }

    /// <summary>A client of the cluster asking for the page again and again through HAProxy until stopped.</summary>
    private async Task LoadAsync(string path, Stopwatch clock, ConcurrentBag<(TimeSpan, string?)> answers, CancellationToken stop)
    {
        using var client = new HttpClient { BaseAddress = _cluster.Address, Timeout = TimeSpan.FromSeconds(10) };
        while (!stop.IsCancellationRequested)
        {
            var sent = clock.Elapsed;
            string? error;
            try
            {
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative), CancellationToken.None);
                await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                error = response.StatusCode == HttpStatusCode.OK ? null : $"{path}: {(int)response.StatusCode} at {sent.TotalMilliseconds:F0} ms";
            }
            catch (HttpRequestException e)
            {
                error = $"{path}: {e.Message} at {sent.TotalMilliseconds:F0} ms";
            }
            catch (TaskCanceledException)
            {
                error = $"{path}: no answer in 10 s at {sent.TotalMilliseconds:F0} ms";
            }

            answers.Add((clock.Elapsed, error));
        }
    }

    private static int Errors(IEnumerable<(TimeSpan Answered, string? Error)> answers) => answers.Count(a => a.Error is not null);

    private async Task<TimeSpan> MarkedDownAsync(ClusterNodeProcess node, Stopwatch clock, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if ((await _cluster.BalancerStatusAsync(node)).StartsWith("DOWN", StringComparison.Ordinal))
            {
                return clock.Elapsed;
            }

            await Task.Delay(50);
        }

        throw new AssertionException($"HAProxy did not mark {node.Name} down within {limit.TotalSeconds:F0} s of its end.");
    }

    private async Task WaitUpAsync(ClusterNodeProcess node, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if ((await _cluster.BalancerStatusAsync(node)).StartsWith("UP", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new AssertionException($"HAProxy did not take {node.Name} back within {limit.TotalSeconds:F0} s.");
    }

    /// <summary>How many of the nodes' connections wait on LISTEN, once there are at least as many as wanted or the time is up.</summary>
    private async Task<long> WaitForListenersAsync(int wanted, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        long count;
        do
        {
            count = Convert.ToInt64(await _cluster.ScalarAsync("""
                SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query ILIKE 'LISTEN%'
                """), CultureInfo.InvariantCulture);
            if (count >= wanted)
            {
                break;
            }

            await Task.Delay(200);
        }
        while (watch.Elapsed < limit);
        return count;
    }

    /// <summary>A shopper's scan of the serial on the node, from the network of the address (believed from loopback).</summary>
    private static async Task<HtmlPage> ScanAsync(ClusterNodeProcess node, string path, string address)
    {
        using var client = NodeClient(node);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("X-Forwarded-For", address);
        using var response = await client.SendAsync(request);
        return await HtmlPage.ParseAsync(response);
    }
}
