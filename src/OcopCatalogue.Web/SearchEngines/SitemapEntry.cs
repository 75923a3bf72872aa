namespace OcopCatalogue.Web.SearchEngines;

/// <summary>One public page, which exists in both languages: its Vietnamese path and when it last changed by publishing.</summary>
public sealed record SitemapEntry(string VietnamesePath, DateTimeOffset? LastModified);
