using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace OcopCatalogue.Bench;

/// <summary>
/// The writer of bench/crash.sh and bench/full-disk.sh: signs in as an editor and publishes a content page again and
/// again through the back office's own edit form, each time with a numbered title (the marker, then -N),
/// appending the number of every publish the site acknowledged (its redirect after the save) to a file, until a
/// publish is not acknowledged or the count is reached. With an answers folder it goes on past a publish that was not
/// acknowledged, keeping each such answer (status and page) there for the script to judge.
/// </summary>
internal static class CrashPublisher
{
    public static async Task<int> RunAsync(
        string url, string? email, string? password, string? cookieJar, string editPath, int count, string ackedFile,
        int first = 1, string marker = "crash-publish", string? answersFolder = null)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        if (cookieJar is not null)
        {
            // A session signed in before (bench/full-disk.sh): on a full disk a new sign-in cannot be stored.
            foreach (var cookie in CurlCookies(cookieJar))
            {
                handler.CookieContainer.Add(client.BaseAddress, cookie);
            }
        }
        else if (!await SignInAsync(client, email ?? "", password ?? ""))
        {
            return 1;
        }

        for (var i = first; i < first + count; i++)
        {
            HttpStatusCode status;
            try
            {
                var fields = await FormAsync(client, editPath);
                fields["Form.Title"] = string.Create(CultureInfo.InvariantCulture, $"Giới thiệu chương trình OCOP {marker}-{i}");
                using var response = await PostAsync(client, editPath + "?handler=Publish", fields);
                status = response.StatusCode;
                if (status != HttpStatusCode.Redirect && answersFolder is not null)
                {
                    await KeepAnswerAsync(answersFolder, i, response);
                    continue;
                }
            }
            catch (HttpRequestException e) when (answersFolder is not null && e.StatusCode is { } formStatus)
            {
                // The edit form itself was not served: kept as "N form-STATUS", and the script fails on it.
                Directory.CreateDirectory(answersFolder);
                await File.AppendAllTextAsync(Path.Combine(answersFolder, "statuses"),
                    string.Create(CultureInfo.InvariantCulture, $"{i} form-{(int)formStatus}\n"));
                continue;
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

    internal static async Task<bool> SignInAsync(HttpClient client, string email, string password)
    {
        var signIn = await FormAsync(client, "/backoffice/dang-nhap");
        signIn["Email"] = email;
        signIn["Password"] = password;
        using var response = await PostAsync(client, "/backoffice/dang-nhap", signIn);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            Console.Error.WriteLine($"sign-in answered {(int)response.StatusCode}");
            return false;
        }

        return true;
    }

    // curl's cookie jar (Netscape format: domain, subdomains, path, secure, expiry, name, value, tab-separated;
    // HttpOnly cookies on lines starting "#HttpOnly_", other lines starting "#" are comments).
    private static IEnumerable<Cookie> CurlCookies(string jar)
    {
        foreach (var line in File.ReadLines(jar))
        {
            var entry = line.StartsWith("#HttpOnly_", StringComparison.Ordinal) ? line["#HttpOnly_".Length..] : line;
            var fields = entry.Split('\t');
            if (entry.StartsWith('#') || fields.Length != 7)
            {
                continue;
            }

            yield return new Cookie(fields[5], fields[6], fields[2]);
        }
    }

    // The full-disk script reads what the editor saw: "N STATUS" in answers/statuses, the page in answers/N.html.
    private static async Task KeepAnswerAsync(string folder, int number, HttpResponseMessage response)
    {
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{number}.html")),
            await response.Content.ReadAsStringAsync());
        await File.AppendAllTextAsync(Path.Combine(folder, "statuses"),
            string.Create(CultureInfo.InvariantCulture, $"{number} {(int)response.StatusCode}\n"));
    }

    // Every successful control of the page's first POST form as a browser would send it (buttons and files left out).
    internal static async Task<Dictionary<string, string>> FormAsync(HttpClient client, string path)
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

    internal static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }
}
