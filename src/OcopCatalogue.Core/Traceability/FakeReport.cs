namespace OcopCatalogue.Core.Traceability;

/// <summary>
/// A shopper's report that a product bought under one of our stamps looks fake: what seemed wrong, where it was
/// bought, and optionally a photo and a way to reach them. Kept for staff; no address, only the coarse network key.
/// </summary>
public sealed class FakeReport
{
    public const int MaxWhatLength = 1000;
    public const int MaxWhereLength = 200;
    public const int MaxContactLength = 200;

    public long Id { get; set; }
    public Guid ProductId { get; set; }
    /// <summary>The batch whose scan page the report came from; null if that batch was later removed.</summary>
    public Guid? BatchId { get; set; }
    /// <summary>GS1 AI 21 when the scanned stamp carried one.</summary>
    public string? Serial { get; set; }
    public DateTimeOffset ReportedAt { get; set; }
    public string WhatIsWrong { get; set; } = "";
    public string WhereBought { get; set; } = "";
    /// <summary>Given by the shopper only if they want to be asked more.</summary>
    public string? Contact { get; set; }
    /// <summary>The server-chosen file name of the photo in the reports folder; never a name the client sent.</summary>
    public string? PhotoFileName { get; set; }
    /// <summary>See <see cref="Traceability.NetworkKey"/>.</summary>
    public string NetworkKey { get; set; } = "";
}
