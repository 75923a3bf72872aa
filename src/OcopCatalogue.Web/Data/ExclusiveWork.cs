namespace OcopCatalogue.Web.Data;

/// <summary>Work on the content store that one server at a time does, the others waiting (see <see cref="IExclusiveWorkLock"/>).</summary>
public enum ExclusiveWork
{
    /// <summary>Bringing the schema up to date at start or with the <c>migrate</c> command.</summary>
    Migration = 1,

    /// <summary>Importing uSync/ at start.</summary>
    ContentImport = 2,

    /// <summary>Creating at start what every server expects to find (the staff roles).</summary>
    StartupSeeding = 3,
}
