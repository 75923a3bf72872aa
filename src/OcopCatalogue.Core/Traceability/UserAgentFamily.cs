namespace OcopCatalogue.Core.Traceability;

/// <summary>The only thing kept of a user agent: a coarse bucket.</summary>
public enum UserAgentFamily
{
    Other,
    Android,
    IPhone,
    Desktop,
    Bot,
}
