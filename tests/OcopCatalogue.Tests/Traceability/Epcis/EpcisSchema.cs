using System.Text.Json.Nodes;
using Json.Schema;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Traceability.Epcis;

/// <summary>GS1's EPCIS 2.0 JSON schema, kept beside these tests (see EPCIS-JSON-Schema.source.md), and its findings.</summary>
internal static class EpcisSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(
        Path.Combine(RepositoryPaths.Root, "tests", "OcopCatalogue.Tests", "Traceability", "Epcis", "EPCIS-JSON-Schema.json"))));

    public static EvaluationResults Evaluate(JsonNode? document) =>
        Schema.Value.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

    /// <summary>The first ten problems found, for an assertion's message.</summary>
    public static string Problems(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10));
}
