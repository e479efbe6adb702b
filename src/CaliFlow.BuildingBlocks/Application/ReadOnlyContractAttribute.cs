namespace CaliFlow.BuildingBlocks.Application;

/// <summary>
/// Marks a Contracts interface whose answers other modules read inside their own transaction: its implementation must never
/// write (no SaveChanges, Add/Update/Remove, ExecuteUpdate/Delete or raw SQL), or a reader's rollback would take the write with
/// it and a reader's commit would publish it. The architecture tests follow every call of each implementation to check it.
/// </summary>
[AttributeUsage(AttributeTargets.Interface, Inherited = false)]
public sealed class ReadOnlyContractAttribute : Attribute;
