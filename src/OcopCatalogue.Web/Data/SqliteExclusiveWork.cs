namespace OcopCatalogue.Web.Data;

/// <summary>
/// SQLite's <see cref="IExclusiveWorkLock"/>: nothing to take. The database is a file in one server's data directory
/// (held by <see cref="DataDirectoryLock"/>), and every change runs in a transaction SQLite gives one writer at a time.
/// </summary>
internal sealed class SqliteExclusiveWork : IExclusiveWorkLock
{
    public Task<IAsyncDisposable> AcquireAsync(ExclusiveWork work, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(Released.Instance);

    private sealed class Released : IAsyncDisposable
    {
        public static readonly Released Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
