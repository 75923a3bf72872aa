using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Editorial;

/// <summary>What the workflow needs to know of a stored item: its name, its address, whose it is and whether it is public.</summary>
/// <param name="ProducerId">The producer it belongs to (a producer's own Id for a producer), for <see cref="StaffScope"/>.</param>
/// <param name="StoredState">The state in the public tables.</param>
public sealed record EditorialItem(ContentItemType Type, Guid Id, string Name, string Slug, Guid? ProducerId, PublicationState StoredState);
