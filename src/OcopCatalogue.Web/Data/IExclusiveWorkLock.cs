namespace OcopCatalogue.Web.Data;

/// <summary>
/// Lets one server at a time do an <see cref="ExclusiveWork"/>; the others wait for it to finish and then find the
/// work done. Chosen by provider at registration: an advisory lock on PostgreSQL, where several servers share the
/// database; nothing to hold on SQLite, whose file belongs to one server (and whose writers SQLite serialises).
/// </summary>
public interface IExclusiveWorkLock
{
    /// <summary>Waits for the lock; disposing the result releases it.</summary>
    Task<IAsyncDisposable> AcquireAsync(ExclusiveWork work, CancellationToken cancellationToken);
}
