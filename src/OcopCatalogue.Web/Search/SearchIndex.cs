using System.Globalization;
using Microsoft.Data.Sqlite;
using OcopCatalogue.Core.Text;

namespace OcopCatalogue.Web.Search;

/// <summary>
/// The search index: a SQLite file of its own in the data directory with an FTS5 table over folded text.
/// It is a derived, per-node artifact (as Examine's indexes are per server): it can be deleted and rebuilt
/// from the content store at any time, and the content store may be on another database engine.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    public const string FileName = "search.db";

    /// <summary>Schema version: a file with another version is rebuilt from scratch.</summary>
    // 3: documents carry an address's current units (since 1 July 2025) beside the published ones; older indexes are rebuilt.
    private const string SchemaVersion = "3";

    private readonly string _connectionString;

    /// <summary>One writer at a time, so generations follow the order of commits and each has its change.</summary>
    private readonly SemaphoreSlim _writing = new(1, 1);
    private long _generation;
    private IndexChange? _lastChange;

    public SearchIndex(string path)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
    }

    public string Path { get; }

    /// <summary>Changes whenever the index changes, so caches derived from it (the vocabulary) know to refresh.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>The latest update made by <see cref="UpdateAsync"/>; null after a rebuild or a new schema.</summary>
    public IndexChange? LastChange => Volatile.Read(ref _lastChange);

    internal SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Creates the schema; returns false when the index is new or of another version and must be filled.</summary>
    public async Task<bool> EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        var version = await ScalarAsync(connection, "SELECT value FROM meta WHERE key = 'schema'", cancellationToken, tolerateMissingTable: true);
        if (version == SchemaVersion)
        {
            return true;
        }

        await _writing.WaitAsync(cancellationToken);
        try
        {
            await CreateSchemaAsync(connection, cancellationToken);
            Advance(null);
        }
        finally
        {
            _writing.Release();
        }

        return false;
    }

    private static async Task CreateSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, """
            PRAGMA journal_mode = WAL;
            DROP TABLE IF EXISTS docs_vocab;
            DROP TABLE IF EXISTS docs_fts;
            DROP TABLE IF EXISTS docs;
            DROP TABLE IF EXISTS meta;
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE docs (
                id INTEGER PRIMARY KEY,
                item_id TEXT NOT NULL UNIQUE,
                kind INTEGER NOT NULL,
                slug TEXT NOT NULL,
                title TEXT NOT NULL,
                title_lower TEXT NOT NULL,
                subtitle TEXT,
                grp INTEGER,
                stars INTEGER,
                locality TEXT,
                cert INTEGER NOT NULL,
                expires_on TEXT,
                revoked_on TEXT,
                f_name TEXT NOT NULL,
                f_producer TEXT NOT NULL,
                f_locality TEXT NOT NULL,
                f_group TEXT NOT NULL,
                f_body TEXT NOT NULL
            );
            CREATE VIRTUAL TABLE docs_fts USING fts5(
                f_name, f_producer, f_locality, f_group, f_body,
                content = 'docs', content_rowid = 'id',
                tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3');
            CREATE TRIGGER docs_ai AFTER INSERT ON docs BEGIN
                INSERT INTO docs_fts (rowid, f_name, f_producer, f_locality, f_group, f_body)
                VALUES (new.id, new.f_name, new.f_producer, new.f_locality, new.f_group, new.f_body);
            END;
            CREATE TRIGGER docs_ad AFTER DELETE ON docs BEGIN
                INSERT INTO docs_fts (docs_fts, rowid, f_name, f_producer, f_locality, f_group, f_body)
                VALUES ('delete', old.id, old.f_name, old.f_producer, old.f_locality, old.f_group, old.f_body);
            END;
            CREATE VIRTUAL TABLE docs_vocab USING fts5vocab(docs_fts, 'row');
            """, cancellationToken);
        await ExecuteAsync(connection, $"INSERT INTO meta (key, value) VALUES ('schema', '{SchemaVersion}')", cancellationToken);
    }

    /// <summary>Replaces the whole index with these documents in one transaction.</summary>
    public async Task ReplaceAllAsync(IEnumerable<SearchDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        await _writing.WaitAsync(cancellationToken);
        try
        {
            await using var connection = Open();
            await using var transaction = connection.BeginTransaction();
            await ExecuteAsync(connection, "DELETE FROM docs; INSERT INTO docs_fts (docs_fts) VALUES ('delete-all');", cancellationToken, transaction);
            await InsertAsync(connection, transaction, documents, cancellationToken);
            await ExecuteAsync(connection, "INSERT INTO docs_fts (docs_fts) VALUES ('optimize');", cancellationToken, transaction);
            await transaction.CommitAsync(cancellationToken);
            Advance(null);
        }
        finally
        {
            _writing.Release();
        }
    }

    /// <summary>Adds or replaces these documents and removes the items given, in one transaction.</summary>
    public async Task UpdateAsync(IEnumerable<SearchDocument> upserts, IEnumerable<Guid> removals, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upserts);
        ArgumentNullException.ThrowIfNull(removals);
        var documents = upserts.ToList();
        await _writing.WaitAsync(cancellationToken);
        try
        {
            await using var connection = Open();
            await using var transaction = connection.BeginTransaction();
            var removed = new List<long>();
            await using (var delete = connection.CreateCommand())
            {
                delete.Transaction = transaction;
                delete.CommandText = "DELETE FROM docs WHERE item_id = $id RETURNING id";
                var id = delete.Parameters.Add("$id", SqliteType.Text);
                foreach (var itemId in removals.Concat(documents.Select(d => d.ItemId)).Distinct())
                {
                    id.Value = itemId.ToString();
                    await using var rows = await delete.ExecuteReaderAsync(cancellationToken);
                    while (await rows.ReadAsync(cancellationToken))
                    {
                        removed.Add(rows.GetInt64(0));
                    }
                }
            }

            var added = await InsertAsync(connection, transaction, documents, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            Advance(new IndexChange(0, 0, removed, added));
        }
        finally
        {
            _writing.Release();
        }
    }

    public void Dispose() => _writing.Dispose();

    /// <summary>A new generation after a commit, with what changed when known; called by the one writer.</summary>
    private void Advance(IndexChange? change)
    {
        var from = Interlocked.Read(ref _generation);
        // The change is in place before the generation that names it, so a reader seeing the generation finds it.
        Volatile.Write(ref _lastChange, change is null ? null : change with { From = from, To = from + 1 });
        Interlocked.Exchange(ref _generation, from + 1);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        return int.Parse(await ScalarAsync(connection, "SELECT count(*) FROM docs", cancellationToken) ?? "0", CultureInfo.InvariantCulture);
    }

    /// <summary>Inserts the documents; returns their row ids.</summary>
    private static async Task<List<long>> InsertAsync(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<SearchDocument> documents, CancellationToken cancellationToken)
    {
        var rowids = new List<long>();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO docs (item_id, kind, slug, title, title_lower, subtitle, grp, stars, locality, cert, expires_on, revoked_on,
                              f_name, f_producer, f_locality, f_group, f_body)
            VALUES ($item_id, $kind, $slug, $title, $title_lower, $subtitle, $grp, $stars, $locality, $cert, $expires_on, $revoked_on,
                    $f_name, $f_producer, $f_locality, $f_group, $f_body)
            RETURNING id
            """;
        string[] names = ["$item_id", "$kind", "$slug", "$title", "$title_lower", "$subtitle", "$grp", "$stars", "$locality", "$cert",
            "$expires_on", "$revoked_on", "$f_name", "$f_producer", "$f_locality", "$f_group", "$f_body"];
        var p = names.ToDictionary(n => n, n => insert.Parameters.Add(n, SqliteType.Text));
        await insert.PrepareAsync(cancellationToken);
        foreach (var d in documents)
        {
            p["$item_id"].Value = d.ItemId.ToString();
            p["$kind"].Value = (int)d.Kind;
            p["$slug"].Value = d.Slug;
            p["$title"].Value = d.Title;
            p["$title_lower"].Value = d.Title.ToLowerInvariant();
            p["$subtitle"].Value = (object?)d.Subtitle ?? DBNull.Value;
            p["$grp"].Value = (object?)d.Group ?? DBNull.Value;
            p["$stars"].Value = (object?)d.Stars ?? DBNull.Value;
            p["$locality"].Value = (object?)d.Locality ?? DBNull.Value;
            p["$cert"].Value = (int)d.Certificate.Kind;
            p["$expires_on"].Value = (object?)d.Certificate.ExpiresOn?.ToString("O", CultureInfo.InvariantCulture) ?? DBNull.Value;
            p["$revoked_on"].Value = (object?)d.Certificate.RevokedOn?.ToString("O", CultureInfo.InvariantCulture) ?? DBNull.Value;
            p["$f_name"].Value = VietnameseText.Fold(d.Title);
            p["$f_producer"].Value = VietnameseText.Fold(d.Producer);
            p["$f_locality"].Value = VietnameseText.Fold(d.Place ?? d.Locality);
            p["$f_group"].Value = VietnameseText.Fold(d.GroupName);
            p["$f_body"].Value = VietnameseText.Fold(d.Body);
            rowids.Add(Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture));
        }

        return rowids;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, bool tolerateMissingTable = false)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        try
        {
            return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        catch (SqliteException) when (tolerateMissingTable)
        {
            return null;
        }
    }
}
