using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace OcopCatalogue.Bench;

/// <summary>
/// The writer of bench/crash.sh: signs in as an editor and publishes a content page again and again through the
/// back office's own edit form, each time with a numbered title, appending the number of every publish the site
/// acknowledged (its redirect after the save) to a file, until a publish is not acknowledged or the count is reached.
/// </summary>
internal static class CrashPublisher
{
    public static async Task<int> RunAsync(string url, string email, string password, string editPath, int count, string ackedFile)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        var signIn = await FormAsync(client, "/backoffice/dang-nhap");
        signIn["Email"] = email;
        signIn["Password"] = password;
        using (var response = await PostAsync(client, "/backoffice/dang-nhap", signIn))
        {
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                Console.Error.WriteLine($"sign-in answered {(int)response.StatusCode}");
                return 1;
            }
        }

        for (var i = 1; i <= count; i++)
        {
            HttpStatusCode status;
            try
            {
                var fields = await FormAsync(client, editPath);
                fields["Form.Title"] = string.Create(CultureInfo.InvariantCulture, $"Giới thiệu chương trình OCOP crash-publish-{i}");
                using var response = await PostAsync(client, editPath + "?handler=Publish", fields);
                status = response.StatusCode;
            }
            catch (HttpRequestException)
            {
                return 0;
            }
            catch (TaskCanceledException)
            {
                return 0;
            }

            if (status != HttpStatusCode.Redirect)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"publish {i} answered {(int)status}"));
                return 0;
            }

            await File.AppendAllTextAsync(ackedFile, string.Create(CultureInfo.InvariantCulture, $"{i}\n"));
        }

        return 0;
    }

    // Every successful control of the page's first POST form as a browser would send it (buttons and files left out).
    private static async Task<Dictionary<string, string>> FormAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        var document = new HtmlParser().ParseDocument(html);
        var form = document.QuerySelectorAll("main form").OfType<IHtmlFormElement>()
            .First(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase));
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name)
                        && input.Type is not ("submit" or "button" or "file" or "image" or "reset")
                        && (input.Type is not ("checkbox" or "radio") || input.IsChecked):
                    fields.TryAdd(input.Name, input.Value);
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.TryAdd(area.Name, area.Value);
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && select.SelectedOptions.Length > 0:
                    fields.TryAdd(select.Name, select.SelectedOptions[0].Value);
                    break;
            }
        }

        return fields;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }
}
