namespace OcopCatalogue.Core.Traceability;

/// <summary>What a trace event records, after the business steps of GS1 EPCIS (CBV).</summary>
public enum TraceStep
{
    Harvesting = 1,
    Processing = 2,
    Packing = 3,
    Inspecting = 4,
    Shipping = 5,
    Receiving = 6,
    /// <summary>A business step the site has no name for (from an imported EPCIS document), kept by its URI in <see cref="TraceEvent.BizStep"/>.</summary>
    Other = 7,
}
