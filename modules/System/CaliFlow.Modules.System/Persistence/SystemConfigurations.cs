using CaliFlow.Modules.System.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaliFlow.Modules.System.Persistence;

internal sealed class AuditLogConfiguration : IEntityTypeConfiguration<AuditLog>
{
    public void Configure(EntityTypeBuilder<AuditLog> builder)
    {
        builder.ToTable("audit_logs");
        builder.Property(a => a.Id).UseIdentityAlwaysColumn();
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.SubjectType).HasMaxLength(64);
        builder.Property(a => a.SubjectId).HasMaxLength(254);
        builder.Property(a => a.Summary).HasMaxLength(1000);
        builder.Property(a => a.IpAddress).HasMaxLength(64);
        builder.Property(a => a.UserAgent).HasMaxLength(500);
        // Admin filters: by actor or by action, newest first (the key is the keyset cursor).
        builder.HasIndex(a => new { a.ActorId, a.Id });
        builder.HasIndex(a => new { a.Action, a.Id });
        builder.HasIndex(a => a.OccurredAt);
    }
}
