using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Core.Evaluation;

/// <summary>
/// How a council's mean is rounded before it becomes the product's score: to <see cref="Decimals"/> places (0 for whole
/// points, 1 for tenths, at most <see cref="CertificateRules.ScoreDecimals"/>, which a certificate keeps), halves
/// away from zero by default as a secretary rounds by hand (89.95 to a tenth is 90.0).
/// </summary>
public sealed record ScoreRounding(int Decimals, MidpointRounding Midpoint = MidpointRounding.AwayFromZero)
{
    public static ScoreRounding ToInteger { get; } = new(0);
    public static ScoreRounding ToTenth { get; } = new(1);
    public static ScoreRounding ToHundredth { get; } = new(2);

    public bool IsValid => Decimals is >= 0 and <= CertificateRules.ScoreDecimals && Enum.IsDefined(Midpoint);

    /// <exception cref="InvalidOperationException">The rounding is not <see cref="IsValid"/>.</exception>
    public decimal Apply(decimal value) =>
        IsValid ? decimal.Round(value, Decimals, Midpoint)
        : throw new InvalidOperationException($"A council score is rounded to 0 to {CertificateRules.ScoreDecimals} decimals; {Decimals} ({Midpoint}) is not a rounding.");
}
