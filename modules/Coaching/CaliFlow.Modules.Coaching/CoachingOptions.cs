namespace CaliFlow.Modules.Coaching;

internal enum CoachProvider
{
    /// <summary>The built-in coach: recognises the common questions and answers from the user's data, with no network.</summary>
    Embedded,

    /// <summary>Any server speaking OpenAI's chat-completions protocol (hosted, or local such as Ollama or vLLM).</summary>
    OpenAICompatible,
}

/// <summary>The "Coaching" configuration section.</summary>
internal sealed class CoachingOptions
{
    public const string Section = "Coaching";

    public CoachProvider Provider { get; set; } = CoachProvider.Embedded;

    public OpenAICompatibleOptions OpenAI { get; set; } = new();

    /// <summary>Longest user message, in characters.</summary>
    public int MaxMessageLength { get; set; } = 2000;

    /// <summary>Coach replies a free account may have per local day.</summary>
    public int FreeMessagesPerDay { get; set; } = 10;

    public int PremiumMessagesPerDay { get; set; } = 200;

    /// <summary>Messages per user per minute, whatever the plan: a burst limit.</summary>
    public int MessagesPerMinute { get; set; } = 6;

    /// <summary>
    /// Requests a day, counted or not (a failure or a hang-up before any output is not counted), as a multiple of the day's
    /// allowance: the provider may have worked on each, so they cannot be unlimited either.
    /// </summary>
    public int AttemptsPerAllowedReply { get; set; } = 3;

    /// <summary>Earlier messages given to the model as the conversation so far.</summary>
    public int HistoryMessages { get; set; } = 10;

    /// <summary>How long generated explanations and summaries are reused.</summary>
    public TimeSpan ContentCacheLifetime { get; set; } = TimeSpan.FromDays(7);
}

internal sealed class OpenAICompatibleOptions
{
    /// <summary>Base address of the API, e.g. https://api.openai.com/v1 or http://localhost:11434/v1 (Ollama).</summary>
    public Uri? Endpoint { get; set; }

    public string Model { get; set; } = "";

    /// <summary>From a secret store or the environment (Coaching__OpenAI__ApiKey), never from a committed file.</summary>
    public string? ApiKey { get; set; }

    public int TimeoutSeconds { get; set; } = 60;
}
