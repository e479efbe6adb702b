using Mapster;

namespace CaliFlow.Modules.Platform.Audit.ListAuditLogs;

/// <summary>Field for field, projected in SQL: an audit entry is answered as it was appended.</summary>
internal sealed class AuditLogResponseMapping : IRegister
{
    public void Register(TypeAdapterConfig config) => config.NewConfig<AuditLog, AuditLogResponse>();
}
