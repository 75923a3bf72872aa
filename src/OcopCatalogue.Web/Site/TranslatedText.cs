namespace OcopCatalogue.Web.Site;

/// <summary>
/// A content field in the request's language. On the English site an untranslated field falls back to the
/// Vietnamese text, flagged so the page can mark it <c>lang="vi"</c> and say it is not yet translated.
/// </summary>
public sealed record TranslatedText(string? Text, bool IsFallback)
{
    /// <summary>The <c>lang</c> attribute the text needs inside an English page; null when it matches the page.</summary>
    public string? Lang => IsFallback ? "vi" : null;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);

    public static TranslatedText Pick(string? vietnamese, string? english)
    {
        if (!SiteLanguage.IsEnglish)
        {
            return new TranslatedText(vietnamese, false);
        }

        return string.IsNullOrWhiteSpace(english)
            ? new TranslatedText(vietnamese, !string.IsNullOrWhiteSpace(vietnamese))
            : new TranslatedText(english, false);
    }
}
