using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenAI;

namespace CaliFlow.Modules.Coaching.Coach;

/// <summary>Chooses the coach by configuration: the embedded one (default), or a model behind an OpenAI-compatible API.</summary>
internal sealed class CoachClients(IOptions<CoachingOptions> options, IServiceProvider services)
{
    /// <summary>The keyed <see cref="IChatClient"/> for the configured provider (tests may register their own under it).</summary>
    public const string ProviderKey = "coaching:provider";

    public bool IsEmbedded => options.Value.Provider == CoachProvider.Embedded;

    /// <summary>The model name recorded with replies and cache entries.</summary>
    public string ModelName => IsEmbedded ? EmbeddedCoach.ModelName : options.Value.OpenAI.Model;

    public TimeSpan Timeout => TimeSpan.FromSeconds(Math.Max(1, options.Value.OpenAI.TimeoutSeconds));

    /// <summary>The client answering for the user whose tools these are.</summary>
    public IChatClient For(CoachTools tools) =>
        IsEmbedded ? new EmbeddedCoach(tools) : services.GetRequiredKeyedService<IChatClient>(ProviderKey);

    /// <summary>
    /// The OpenAI-compatible adapter with tool calling turned on. No retries: a failure is answered at once (502) rather than
    /// after the user has waited through several attempts; the network timeout sits just above the coach's own.
    /// </summary>
    public static IChatClient CreateOpenAICompatible(OpenAICompatibleOptions o)
    {
        if (o.Endpoint is null || string.IsNullOrWhiteSpace(o.Model))
        {
            throw new InvalidOperationException("Coaching:Provider is OpenAICompatible: set Coaching:OpenAI:Endpoint and Coaching:OpenAI:Model.");
        }

        var client = new OpenAIClient(
            new ApiKeyCredential(string.IsNullOrWhiteSpace(o.ApiKey) ? "none" : o.ApiKey), // local servers need no key, the SDK needs a value
            new OpenAIClientOptions
            {
                Endpoint = o.Endpoint,
                NetworkTimeout = TimeSpan.FromSeconds(Math.Max(1, o.TimeoutSeconds) + 5),
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            });
        return new ChatClientBuilder(client.GetChatClient(o.Model).AsIChatClient())
            .UseFunctionInvocation(configure: f => f.MaximumIterationsPerRequest = 5)
            .Build();
    }
}
