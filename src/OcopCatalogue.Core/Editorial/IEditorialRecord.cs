using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.Core.Editorial;

/// <summary>
/// A stored item the editorial workflow publishes and withdraws (a product, producer, sales point, batch or page):
/// what the workflow reads and sets on any of them, whatever else each holds.
/// </summary>
public interface IEditorialRecord
{
    Guid Id { get; }

    PublicationState State { get; set; }

    DateTimeOffset UpdatedAt { get; set; }
}
