using OcopCatalogue.Core.Text;

namespace OcopCatalogue.Bench;

/// <summary>What people type: names without accents, partial words, one typo, producers, single words, junk.</summary>
internal static class QueryMix
{
    public static List<string> From(IReadOnlyList<string> productNames, IReadOnlyList<string> producerNames, int count, int seed)
    {
        var random = new Random(seed);
        var queries = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var name = productNames[random.Next(productNames.Count)];
            var words = name.Split(' ');
            queries.Add((i % 10) switch
            {
                0 or 1 or 2 => VietnameseText.Fold(string.Join(' ', words.Take(Math.Min(words.Length, 3)))),
                3 or 4 => VietnameseText.Fold(words[0] + " " + words[^1][..Math.Min(3, words[^1].Length)]),
                5 => name,
                6 => Typo(VietnameseText.Fold(string.Join(' ', words.Take(2))), random),
                7 => VietnameseText.Fold(producerNames[random.Next(producerNames.Count)]),
                8 => VietnameseText.Fold(words[^1]),
                _ => random.Next(3) switch { 0 => "\"NEAR( tra", 1 => "xyz qqq", _ => "dac san an giang" },
            });
        }

        return queries;
    }

    private static string Typo(string text, Random random)
    {
        var chars = text.ToCharArray();
        var at = random.Next(1, Math.Max(2, chars.Length - 1));
        if (chars[at] != ' ' && chars[at - 1] != ' ')
        {
            (chars[at], chars[at - 1]) = (chars[at - 1], chars[at]);
        }

        return new string(chars);
    }
}
