namespace OcopCatalogue.Web.BackOffice.Accounts;

/// <summary>
/// A page whose POST is a sign-in: the session the request's cookie carries ends before the page runs, and the
/// request goes on as anonymous (<see cref="SessionTicketStore"/>). The cookie handler renews the session it read
/// when someone signs in, so without this a sign-in as another account kept the first account's session row and key.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ReplacesSessionAttribute : Attribute;
