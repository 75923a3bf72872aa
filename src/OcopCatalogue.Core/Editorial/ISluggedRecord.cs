namespace OcopCatalogue.Core.Editorial;

/// <summary>An editorial record with a public address of its own: a slug no other record of its type may use.</summary>
public interface ISluggedRecord : IEditorialRecord
{
    string Slug { get; }
}
