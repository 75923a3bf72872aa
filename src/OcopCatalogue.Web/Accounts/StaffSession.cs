namespace OcopCatalogue.Web.Accounts;

/// <summary>
/// A signed-in session kept on the server: the cookie only carries <see cref="Id"/>, so signing out, locking an
/// account or changing its role deletes the row and a copied cookie stops working at once.
/// </summary>
public sealed class StaffSession
{
    public string Id { get; set; } = "";

    public string UserId { get; set; } = "";

    public byte[] Ticket { get; set; } = [];

    /// <summary>UTC; a DateTime, not DateTimeOffset, so SQLite can compare it in queries.</summary>
    public DateTime ExpiresAt { get; set; }
}
