using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.Media;

/// <summary>
/// <c>&lt;media-picture media-id="…" sizes="…" class="…" /&gt;</c>: a library photo as a <c>&lt;picture&gt;</c> with
/// a WebP <c>srcset</c> and a JPEG fallback, <c>sizes</c>, width and height (so nothing jumps while it loads) and
/// the library's alt text in the page's language, so a phone downloads a phone-sized file. Without a Ready library
/// photo it writes a plain <c>&lt;img&gt;</c> of <c>fallback-src</c>, or nothing when there is none.
/// </summary>
[HtmlTargetElement("media-picture", TagStructure = TagStructure.WithoutEndTag)]
public sealed class MediaPictureTagHelper(MediaPictures pictures) : TagHelper
{
    [HtmlAttributeName("media-id")]
    public Guid? MediaId { get; set; }

    /// <summary>An image path for photos not in the library (see <c>ProductImage.Path</c>).</summary>
    [HtmlAttributeName("fallback-src")]
    public string? FallbackSrc { get; set; }

    /// <summary>Alt text of the <see cref="FallbackSrc"/> image; a library photo brings its own.</summary>
    [HtmlAttributeName("alt")]
    public string? Alt { get; set; }

    /// <summary>
    /// Alt text chosen for this use of a library photo (a product's gallery may describe it its own way); blank means
    /// the library's. It is Vietnamese, so an English page keeps the library's English alt text when there is one.
    /// </summary>
    [HtmlAttributeName("alt-override")]
    public string? AltOverride { get; set; }

    /// <summary>How wide the image is drawn, as the <c>sizes</c> attribute says it (default: the whole viewport).</summary>
    [HtmlAttributeName("sizes")]
    public string Sizes { get; set; } = "100vw";

    /// <summary>Width of the JPEG in <c>src</c>, for browsers without <c>srcset</c>.</summary>
    [HtmlAttributeName("src-width")]
    public int SrcWidth { get; set; } = 640;

    [HtmlAttributeName("class")]
    public string? CssClass { get; set; }

    [HtmlAttributeName("loading")]
    public string? Loading { get; set; }

    /// <summary>Width and height of the <see cref="FallbackSrc"/> image.</summary>
    [HtmlAttributeName("width")]
    public int? FallbackWidth { get; set; }

    [HtmlAttributeName("height")]
    public int? FallbackHeight { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var picture = MediaId is { } id ? await pictures.FindAsync(id).ConfigureAwait(false) : null;
        if (picture is null)
        {
            WriteFallback(output);
            return;
        }

        var english = SiteLanguage.IsEnglish;
        var vietnamese = string.IsNullOrWhiteSpace(AltOverride) ? picture.Alt : AltOverride.Trim();
        var alt = english && !string.IsNullOrWhiteSpace(picture.AltEn) ? picture.AltEn : vietnamese;
        var srcWidth = picture.WidthFor(SrcWidth);

        var source = new TagBuilder("source") { TagRenderMode = TagRenderMode.StartTag };
        source.Attributes["type"] = "image/webp";
        source.Attributes["srcset"] = MediaUrls.Srcset(picture.Id, picture.Widths, MediaFormat.WebP);
        source.Attributes["sizes"] = Sizes;

        var img = new TagBuilder("img") { TagRenderMode = TagRenderMode.StartTag };
        img.Attributes["src"] = MediaUrls.Rendition(picture.Id, srcWidth, MediaFormat.Jpeg);
        img.Attributes["srcset"] = MediaUrls.Srcset(picture.Id, picture.Widths, MediaFormat.Jpeg);
        img.Attributes["sizes"] = Sizes;
        img.Attributes["width"] = srcWidth.ToString(CultureInfo.InvariantCulture);
        img.Attributes["height"] = picture.HeightAt(srcWidth).ToString(CultureInfo.InvariantCulture);
        img.Attributes["alt"] = alt;
        if (english && alt == vietnamese)
        {
            // Not translated yet: screen readers should read the Vietnamese as Vietnamese.
            img.Attributes["lang"] = "vi";
        }

        AddCommon(img);
        img.Attributes["decoding"] = "async";

        output.TagName = "picture";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "media-picture");
        var content = new HtmlContentBuilder();
        content.AppendHtml(source);
        content.AppendHtml(img);
        output.Content.SetHtmlContent(content);
    }

    private void WriteFallback(TagHelperOutput output)
    {
        if (string.IsNullOrWhiteSpace(FallbackSrc))
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "img";
        output.TagMode = TagMode.StartTagOnly;
        output.Attributes.SetAttribute("src", SiteFormat.ImageUrl(FallbackSrc));
        output.Attributes.SetAttribute("alt", Alt ?? "");
        if (FallbackWidth is { } width && FallbackHeight is { } height)
        {
            output.Attributes.SetAttribute("width", width.ToString(CultureInfo.InvariantCulture));
            output.Attributes.SetAttribute("height", height.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(CssClass))
        {
            output.Attributes.SetAttribute("class", CssClass);
        }

        if (!string.IsNullOrEmpty(Loading))
        {
            output.Attributes.SetAttribute("loading", Loading);
        }
    }

    private void AddCommon(TagBuilder img)
    {
        if (!string.IsNullOrEmpty(CssClass))
        {
            img.Attributes["class"] = CssClass;
        }

        if (!string.IsNullOrEmpty(Loading))
        {
            img.Attributes["loading"] = Loading;
        }
    }
}
