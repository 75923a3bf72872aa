namespace OcopCatalogue.Web.Media;

/// <summary>What a page needs to show a Ready library photo: its size, alt texts and the widths it is served in.</summary>
public sealed record MediaPicture(Guid Id, int Width, int Height, string Alt, string? AltEn, IReadOnlyList<int> Widths)
{
    /// <summary>The height of the rendition of a given width, keeping the photo's proportions.</summary>
    public int HeightAt(int width) => Width <= 0 ? 0 : (int)Math.Max(1, Math.Round((double)Height * width / Width, MidpointRounding.AwayFromZero));

    /// <summary>The narrowest width at least <paramref name="wanted"/>, or the widest there is.</summary>
    public int WidthFor(int wanted) => Widths.Where(w => w >= wanted).DefaultIfEmpty(Widths.Max()).Min();
}
