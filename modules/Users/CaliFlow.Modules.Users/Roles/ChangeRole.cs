using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Users.Roles;

/// <summary>
/// Makes an account an admin or a member again. Only the operator's command line sends it
/// (<c>dotnet CaliFlow.Api.dll admin grant|revoke &lt;email&gt;</c>): no route maps it, so no request can make an admin.
/// </summary>
internal sealed record ChangeRoleCommand(string Email, string Role) : ICommand<Result<RoleChanged>>;

internal sealed record RoleChanged(Guid UserId, string Email, string Role, bool Changed);
