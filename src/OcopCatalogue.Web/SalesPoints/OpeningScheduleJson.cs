using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OcopCatalogue.Core.SalesPoints;

namespace OcopCatalogue.Web.SalesPoints;

/// <summary>
/// A schedule is always read and written whole with its sales point, so it is one JSON column; the comparer
/// compares the JSON so EF notices a change inside the lists.
/// </summary>
internal static class OpeningScheduleJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static ValueConverter<OpeningSchedule, string> Converter { get; } = new(s => Write(s), json => Read(json));

    public static ValueComparer<OpeningSchedule> Comparer { get; } = new(
        (a, b) => Write(a) == Write(b),
        s => Write(s).GetHashCode(StringComparison.Ordinal),
        s => Read(Write(s)));

    public static string Write(OpeningSchedule? schedule) => JsonSerializer.Serialize(schedule ?? new OpeningSchedule(), Options);

    public static OpeningSchedule Read(string? json) =>
        string.IsNullOrEmpty(json) ? new OpeningSchedule() : JsonSerializer.Deserialize<OpeningSchedule>(json, Options) ?? new OpeningSchedule();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General);
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }
}
