using PdfSharp.Fonts;

namespace OcopCatalogue.Web.Traceability.Stamps;

/// <summary>
/// PDFsharp finds no fonts of its own on Linux: every face is Noto Sans from Debian's fonts-noto-core, whose glyphs
/// cover Vietnamese (ơ, ư, the stacked tone marks).
/// </summary>
public sealed class NotoFontResolver(string directory) : IFontResolver
{
    public const string Family = "Noto Sans";
    public const string DefaultDirectory = "/usr/share/fonts/truetype/noto";

    private const string Regular = "NotoSans-Regular";
    private const string Bold = "NotoSans-Bold";

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular);

    public byte[]? GetFont(string faceName) =>
        File.ReadAllBytes(Path.Combine(directory, faceName + ".ttf"));
}
