namespace OcopCatalogue.Core.Traceability;

/// <summary>A laboratory test of a batch as a file or a form carries it.</summary>
public interface ILabTestFields
{
    string? What { get; }
}
