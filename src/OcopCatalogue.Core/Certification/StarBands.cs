namespace OcopCatalogue.Core.Certification;

/// <summary>Score bands of Decision 148/QĐ-TTg: 3★ 50–&lt;70, 4★ 70–&lt;90, 5★ 90–100 points.</summary>
public static class StarBands
{
    public const decimal MinimumScore = 0m;
    public const decimal MaximumScore = 100m;
    public const decimal ThreeStarFloor = 50m;
    public const decimal FourStarFloor = 70m;
    public const decimal FiveStarFloor = 90m;

    /// <summary>The rating a score earns, or null when the score is below the certifiable 50 points.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The score is outside 0–100.</exception>
    public static StarRating? FromScore(decimal score)
    {
        EnsureValid(score);
        return score switch
        {
            >= FiveStarFloor => StarRating.Five,
            >= FourStarFloor => StarRating.Four,
            >= ThreeStarFloor => StarRating.Three,
            _ => null,
        };
    }

    /// <exception cref="ArgumentOutOfRangeException">The score is outside 0–100.</exception>
    public static void EnsureValid(decimal score)
    {
        if (score is < MinimumScore or > MaximumScore)
        {
            throw new ArgumentOutOfRangeException(nameof(score), score,
                $"An OCOP score is between {MinimumScore} and {MaximumScore} points; {score} is not.");
        }
    }

    public static bool IsValid(decimal score) => score is >= MinimumScore and <= MaximumScore;
}
