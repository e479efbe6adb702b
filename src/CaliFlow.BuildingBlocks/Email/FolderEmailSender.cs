using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CaliFlow.BuildingBlocks.Email;

/// <summary>
/// The embedded default: each message becomes an .eml file (opens in any mail client) in <see cref="Folder"/>, listed by
/// <c>GET /dev/mail</c> in Development. Nothing leaves the machine, so it is no way to reach real users.
/// </summary>
public sealed class FolderEmailSender(IOptions<EmailOptions> options, IHostEnvironment environment, TimeProvider time) : IEmailSender
{
    public string Folder { get; } = Resolve(options.Value.Folder, environment.ContentRootPath);

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        using var mime = message.ToMime(options.Value.From, now);
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"{now:yyyyMMdd'T'HHmmss'.'fff}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}.eml");
        // Written aside and moved into place, so a reader never sees half a message.
        var partial = path + ".partial";
        await mime.WriteToAsync(partial, cancellationToken);
        File.Move(partial, path);
    }

    /// <summary>The kept messages, newest first.</summary>
    public IReadOnlyList<KeptEmail> List() =>
        Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, "*.eml").Select(Path.GetFileName).OrderDescending().Select(name => Read(name!)!).ToList()
            : [];

    /// <summary>One kept message by file name, or null when there is none (or the name reaches outside the folder).</summary>
    public KeptEmail? Read(string fileName)
    {
        if (Path.GetFileName(fileName) != fileName || !fileName.EndsWith(".eml", StringComparison.Ordinal))
        {
            return null;
        }

        var path = Path.Combine(Folder, fileName);
        if (!File.Exists(path))
        {
            return null;
        }

        using var mime = MimeMessage.Load(path);
        return new KeptEmail(fileName, mime.Date, mime.To.ToString(), mime.Subject ?? "", mime.TextBody ?? "");
    }

    /// <summary>A relative folder is taken from the repository the content root is in (so <c>.dev/mail</c> sits beside <c>.dev/photos</c>), else from the content root.</summary>
    private static string Resolve(string folder, string contentRoot)
    {
        if (Path.IsPathRooted(folder))
        {
            return folder;
        }

        for (var directory = new DirectoryInfo(contentRoot); directory is not null; directory = directory.Parent)
        {
            var git = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return Path.Combine(directory.FullName, folder);
            }
        }

        return Path.Combine(contentRoot, folder);
    }
}

public sealed record KeptEmail(string FileName, DateTimeOffset Date, string To, string Subject, string TextBody);
