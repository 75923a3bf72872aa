using System.Text.Json;
using System.Text.Json.Serialization;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Cluster;

/// <summary>
/// The items of a <see cref="CacheInstruction"/> as compact JSON, <c>[{"t":"Product","id":"…"}]</c>: types by name, so
/// renumbering the enum cannot make an old instruction name another type.
/// </summary>
public static class InstructionItems
{
    public static string Write(IEnumerable<ContentItemRef> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return JsonSerializer.Serialize(items.Select(i => new Item(i.Type.ToString(), i.Id)).ToList(), InstructionItemsJson.Default.ListItem);
    }

    /// <summary>The items; a type this server does not know (written by a newer one during an upgrade) is left out,
    /// since nothing here derives from it.</summary>
    public static IReadOnlyList<ContentItemRef> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var items = JsonSerializer.Deserialize(json, InstructionItemsJson.Default.ListItem) ?? [];
        return [.. items
            .Where(i => Enum.TryParse<ContentItemType>(i.Type, ignoreCase: false, out var type) && Enum.IsDefined(type) && !int.TryParse(i.Type, out _))
            .Select(i => new ContentItemRef(Enum.Parse<ContentItemType>(i.Type), i.Id))];
    }

    internal sealed record Item([property: JsonPropertyName("t")] string Type, [property: JsonPropertyName("id")] Guid Id);
}

[JsonSerializable(typeof(List<InstructionItems.Item>))]
internal sealed partial class InstructionItemsJson : JsonSerializerContext;
