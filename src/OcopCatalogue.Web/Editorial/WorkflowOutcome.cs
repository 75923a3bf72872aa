namespace OcopCatalogue.Web.Editorial;

/// <summary>How a workflow request ended; pages turn it into a status code or a message.</summary>
public enum WorkflowOutcome
{
    Done = 0,
    /// <summary>No such item, or one outside the person's scope: 404 either way, so a guessed id reveals nothing.</summary>
    NotFound = 1,
    /// <summary>The person's role never allows this: 403.</summary>
    Forbidden = 2,
    /// <summary>Allowed to the role, but not in the item's present state; the page says why.</summary>
    NotNow = 3,
    /// <summary>The content cannot go into the store as it is (a slug in use); <see cref="WorkflowResult.Problems"/> say where.</summary>
    Invalid = 4,
}
