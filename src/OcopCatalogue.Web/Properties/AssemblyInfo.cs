using System.Resources;

// The neutral resources (Resources/**/*.resx without a culture suffix) are Vietnamese, the site's default language.
[assembly: NeutralResourcesLanguage("vi")]
