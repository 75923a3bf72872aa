namespace OcopCatalogue.Core.Search;

/// <summary>Optimal string alignment distance (Levenshtein plus adjacent transposition), for typo tolerance.</summary>
public static class EditDistance
{
    /// <summary>The distance between two strings, or <paramref name="limit"/> + 1 as soon as it is certain to exceed the limit.</summary>
    public static int Between(string a, string b, int limit = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit == int.MaxValue ? limit : limit + 1;
        }

        // Three rows are enough for the transposition step; rows are indexed by positions in b.
        var previousPrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previousPrevious[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            (previousPrevious, previous, current) = (previous, current, previousPrevious);
        }

        return previous[b.Length];
    }

    /// <summary>How many typos a word of this length may carry and still be corrected: none for very short words.</summary>
    public static int ToleranceFor(int wordLength) => wordLength switch
    {
        <= 1 => 0,
        <= 5 => 1,
        _ => 2,
    };
}
