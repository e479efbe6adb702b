using Microsoft.AspNetCore.Http;

namespace CaliFlow.BuildingBlocks.Web;

/// <summary>Where the current request came from, for the audit log. Both are null outside a request (background work).</summary>
public interface IRequestOrigin
{
    string? IpAddress { get; }

    string? UserAgent { get; }
}

public sealed class HttpRequestOrigin(IHttpContextAccessor accessor) : IRequestOrigin
{
    private const int MaxUserAgentLength = 500;

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public string? UserAgent
    {
        get
        {
            var agent = accessor.HttpContext?.Request.Headers.UserAgent.ToString();
            return string.IsNullOrEmpty(agent) ? null : agent.Length > MaxUserAgentLength ? agent[..MaxUserAgentLength] : agent;
        }
    }
}
