namespace OcopCatalogue.Web.BackOffice.Accounts;

/// <summary>What <see cref="SetupToken.TryIssueAsync"/> did: a new link's token, or null and the server that printed the open one.</summary>
public sealed record SetupIssue(string? Token, string Node, DateTimeOffset IssuedUtc, DateTimeOffset ExpiresUtc);
