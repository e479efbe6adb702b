using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Users.Contracts;
using CaliFlow.Modules.Users.Profiles;
using Mediator;

namespace CaliFlow.Modules.Users.Features.GetMe;

internal sealed record GetMeQuery(Guid UserId) : IQuery<Result<MeResponse>>;

/// <param name="EmailVerified">Whether the owner confirmed the address; features that mail it (admin role, receipts, exports) require it.</param>
internal sealed record MeResponse(
    Guid Id, string Email, bool EmailVerified, string Role, DateTimeOffset CreatedAt, ProfileResponse Profile, SubscriptionPlan Plan);
