namespace OcopCatalogue.Core.Catalogue;

/// <summary>Where an item is in the editorial workflow; only <see cref="Published"/> items are public.</summary>
public enum PublicationState
{
    Draft = 0,
    InReview = 1,
    Published = 2,
    Unpublished = 3,
}
