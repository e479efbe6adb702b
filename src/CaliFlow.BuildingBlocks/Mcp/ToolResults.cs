using System.Text;
using System.Text.Json;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Web;
using ModelContextProtocol;

namespace CaliFlow.BuildingBlocks.Mcp;

/// <summary>
/// What an MCP tool answers from a mediator request's result: the value, or the problem's detail as the tool's error (an
/// <see cref="McpException"/> is the one exception whose message reaches the client).
/// </summary>
public static class ToolResults
{
    public static T OrToolError<T>(this Result<T> result) =>
        result.IsSuccess ? result.Value : throw new McpException(result.Error!.Detail);

    /// <summary>The value as the HTTP API writes it (the same JSON options), for the assistant to read.</summary>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value, JsonDefaults.Options);

    /// <summary>Bytes a read already holds encoded (the cached answers): the same JSON the HTTP API sends.</summary>
    public static string Text(this EncodedJson json) => Encoding.UTF8.GetString(json.Utf8.Span);
}

/// <summary>
/// The personal-access-token scope an MCP tool needs. Every tool names one: the host's filter refuses a tool without it, and a
/// call from a token without the scope.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresScopeAttribute(string scope) : Attribute
{
    public string Scope { get; } = scope;
}
