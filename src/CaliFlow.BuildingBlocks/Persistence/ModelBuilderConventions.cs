using System.Linq.Expressions;
using System.Text.Json;
using CaliFlow.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaliFlow.BuildingBlocks.Persistence;

public static class ModelBuilderConventions
{
    /// <summary>
    /// What every module's model shares: its schema, the outbox and processed-event tables, the soft-delete filter, and
    /// timestamps the database keeps. Call at the end of OnModelCreating, after the module's own entities are configured.
    /// </summary>
    public static ModelBuilder ApplyModuleConventions(this ModelBuilder modelBuilder, string schema)
    {
        modelBuilder.HasDefaultSchema(schema);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new ProcessedEventConfiguration());

        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            if (typeof(ISoftDeletable).IsAssignableFrom(entityType.ClrType) && entityType.BaseType is null)
            {
                var row = Expression.Parameter(entityType.ClrType, "row");
                var deletedAt = Expression.Property(row, nameof(ISoftDeletable.DeletedAt));
                var isLive = Expression.Equal(deletedAt, Expression.Constant(null, typeof(DateTimeOffset?)));
                modelBuilder.Entity(entityType.ClrType).HasQueryFilter(Expression.Lambda(isLive, row));
            }

            if (typeof(IHasTimestamps).IsAssignableFrom(entityType.ClrType) && entityType.BaseType is null)
            {
                // Set by the table's trigger (TimestampTriggers): EF never sends them and reads them back with RETURNING.
                var entity = modelBuilder.Entity(entityType.ClrType);
                var createdAt = entity.Property(nameof(IHasTimestamps.CreatedAt)).ValueGeneratedOnAdd().Metadata;
                createdAt.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
                createdAt.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
                entity.Property(nameof(IHasTimestamps.UpdatedAt)).ValueGeneratedOnAddOrUpdate();
            }
        }

        return modelBuilder;
    }

    /// <summary>Stores a value as JSONB through System.Text.Json (nested data the database does not need to join on).</summary>
    public static PropertyBuilder<T> HasJsonbConversion<T>(this PropertyBuilder<T> property)
    {
        property
            .HasColumnType("jsonb")
            .HasConversion(
                value => JsonSerializer.Serialize(value, JsonDefaults.Options),
                json => JsonSerializer.Deserialize<T>(json, JsonDefaults.Options)!,
                new ValueComparer<T>(
                    (left, right) => JsonSerializer.Serialize(left, JsonDefaults.Options) ==
                                     JsonSerializer.Serialize(right, JsonDefaults.Options),
                    value => JsonSerializer.Serialize(value, JsonDefaults.Options).GetHashCode(StringComparison.Ordinal),
                    value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, JsonDefaults.Options), JsonDefaults.Options)!));
        return property;
    }

    /// <summary>
    /// Stores a list of flat records as JSONB, with change tracking that compares and copies the list rather than its JSON: the
    /// records hold only scalars and are replaced, never changed, so a shallow copy is a true snapshot. Element types that could
    /// change in place are refused when the model is built.
    /// </summary>
    public static PropertyBuilder<List<TItem>> HasJsonbListConversion<TItem>(this PropertyBuilder<List<TItem>> property)
    {
        if (!IsFlatRecord(typeof(TItem)))
        {
            throw new InvalidOperationException(
                $"{typeof(TItem).Name} is not a record of scalars with init-only properties; store it with HasJsonbConversion.");
        }

        property
            .HasColumnType("jsonb")
            .HasConversion(
                value => JsonSerializer.Serialize(value, JsonDefaults.Options),
                json => JsonSerializer.Deserialize<List<TItem>>(json, JsonDefaults.Options)!,
                new ValueComparer<List<TItem>>(
                    (left, right) => left == null ? right == null : right != null && left.SequenceEqual(right),
                    value => value.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
                    value => new List<TItem>(value)));
        return property;
    }

    private static bool IsFlatRecord(Type type) =>
        type.GetMethod("<Clone>$") is not null && // the compiler's mark of a record class
        type.GetProperties().All(p =>
            IsScalar(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType) &&
            (p.SetMethod is null || p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit))));

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid) ||
        type == typeof(DateOnly) || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(TimeSpan);
}
