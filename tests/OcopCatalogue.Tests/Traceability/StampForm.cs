namespace OcopCatalogue.Tests.Traceability;

/// <summary>Which address the sample batch's stamps carry: its product's GS1 Digital Link, or its short code (no GTIN).</summary>
public enum StampForm
{
    DigitalLink,
    ShortCode,
}
