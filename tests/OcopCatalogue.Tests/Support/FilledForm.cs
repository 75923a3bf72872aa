using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace OcopCatalogue.Tests.Support;

/// <summary>
/// A form as a browser would send it: every field of the page's form with its current value (checked boxes only,
/// selected options), which a test then changes, as a person changes a few fields of a long form.
/// </summary>
public sealed class FilledForm
{
    private readonly List<KeyValuePair<string, string>> _fields;

    private FilledForm(List<KeyValuePair<string, string>> fields) => _fields = fields;

    public IReadOnlyList<KeyValuePair<string, string>> Fields => _fields;

    /// <summary>The first form on the page that has the field <paramref name="withField"/>.</summary>
    public static async Task<FilledForm> ReadAsync(HttpClient client, string url, string withField)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        return await ParseAsync(html, withField, url);
    }

    /// <summary>The first form with the field <paramref name="withField"/> in a page already fetched (a form sent back).</summary>
    public static async Task<FilledForm> ParseAsync(string html, string withField, string? url = null)
    {
        var document = await new HtmlParser().ParseDocumentAsync(html);
        var form = document.QuerySelectorAll("form").OfType<IHtmlFormElement>().FirstOrDefault(f => f.Elements[withField] is not null)
            ?? throw new InvalidOperationException($"No form with {withField} on {url ?? "the page"}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        fields.Add(new(input.Name!, input.Value));
                    }

                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button" || string.IsNullOrEmpty(input.Name):
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(select.Name!, o.Value)));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, area.Value));
                    break;
                default:
                    break;
            }
        }

        return new FilledForm(fields);
    }

    public FilledForm Set(string name, string value)
    {
        _fields.RemoveAll(f => f.Key == name);
        _fields.Add(new(name, value));
        return this;
    }

    public string? this[string name] => _fields.FirstOrDefault(f => f.Key == name).Value;

    /// <summary>The fields without the antiforgery token (the session's post adds a fresh one, or none at all).</summary>
    public IEnumerable<KeyValuePair<string, string>> WithoutToken() => _fields.Where(f => f.Key != "__RequestVerificationToken");
}
