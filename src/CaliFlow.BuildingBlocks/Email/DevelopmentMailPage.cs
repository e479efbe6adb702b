using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaliFlow.BuildingBlocks.Email;

/// <summary>
/// <c>GET /dev/mail</c>: the messages <see cref="FolderEmailSender"/> kept, newest first, with the links they carry, and
/// <c>GET /dev/mail/{file}</c> for one of them. They hold live sign-in links of every account, so the host maps this only in
/// Development, and only with the folder provider; anywhere else the path is a plain 404.
/// </summary>
public static partial class DevelopmentMailPage
{
    public static IEndpointRouteBuilder MapDevelopmentMailPage(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<IOptions<EmailOptions>>().Value.UsesFolder)
        {
            return app;
        }

        app.MapGet("/dev/mail", (FolderEmailSender folder) =>
            {
                var page = new StringBuilder(Header("Development mail"));
                page.Append("<p>Kept in <code>").Append(Encode(folder.Folder)).Append("</code>, newest first.</p>");
                var messages = folder.List();
                if (messages.Count == 0)
                {
                    page.Append("<p>No messages yet.</p>");
                }

                page.Append("<ul>");
                foreach (var message in messages)
                {
                    page.Append("<li><a href=\"/dev/mail/").Append(Encode(message.FileName)).Append("\">")
                        .Append(Encode(message.Subject)).Append("</a> to ").Append(Encode(message.To))
                        .Append(", ").Append(Encode(message.Date.ToString("u", System.Globalization.CultureInfo.InvariantCulture)));
                    foreach (var link in Links(message.TextBody))
                    {
                        page.Append("<br><a href=\"").Append(Encode(link)).Append("\">").Append(Encode(link)).Append("</a>");
                    }

                    page.Append("</li>");
                }

                return Results.Content(page.Append("</ul></body></html>").ToString(), "text/html; charset=utf-8");
            })
            .ExcludeFromDescription()
            .AllowAnonymous(); // Development only: the developer reading it has no token to hand

        app.MapGet("/dev/mail/{file}", (string file, FolderEmailSender folder) =>
            {
                var message = folder.Read(file);
                if (message is null)
                {
                    return Results.NotFound();
                }

                var body = LinkPattern().Replace(Encode(message.TextBody), m => $"<a href=\"{m.Value}\">{m.Value}</a>");
                var page = new StringBuilder(Header(message.Subject))
                    .Append("<p><a href=\"/dev/mail\">All messages</a></p><p>To: ").Append(Encode(message.To))
                    .Append("<br>Subject: ").Append(Encode(message.Subject)).Append("</p><pre>").Append(body).Append("</pre></body></html>");
                return Results.Content(page.ToString(), "text/html; charset=utf-8");
            })
            .ExcludeFromDescription()
            .AllowAnonymous(); // Development only: the developer reading it has no token to hand
        return app;
    }

    private static string Header(string title) =>
        $"<!doctype html><html><head><meta charset=\"utf-8\"><title>{Encode(title)}</title></head><body><h1>{Encode(title)}</h1>";

    private static IEnumerable<string> Links(string text) => LinkPattern().Matches(text).Select(m => m.Value).Distinct();

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex(@"https?://[^\s<>""']+")]
    private static partial Regex LinkPattern();
}
