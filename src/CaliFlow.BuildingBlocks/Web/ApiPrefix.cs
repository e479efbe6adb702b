namespace CaliFlow.BuildingBlocks.Web;

/// <summary>
/// Where the API's routes live: every module's endpoints are mapped under the version's prefix (the host's ApiVersions). Links
/// the API writes itself (Location headers, links in bodies, the sandbox provider's pages) start with it, so a client follows
/// them as they are.
/// </summary>
public static class ApiPrefix
{
    public const string V1 = "/v1";
}
