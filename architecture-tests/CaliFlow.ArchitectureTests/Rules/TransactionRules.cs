using CaliFlow.BuildingBlocks.Messaging;
using Mediator;
using Mono.Cecil;
using Mono.Cecil.Cil;
using NetArchTest.Rules;

namespace CaliFlow.ArchitectureTests.Rules;

/// <summary>
/// Who may save and who owns a transaction, as TransactionBehavior states it. A call to SaveChanges is not a type dependency
/// that NetArchTest could see, so the handlers' IL is read: their own methods, async state machines and lambdas.
/// </summary>
public static class TransactionRules
{
    /// <summary>What runs inside a transaction begun for it: commands (TransactionBehavior) and integration events (their subscription's).</summary>
    private static readonly Type[] HandlersInATransaction = [typeof(ICommandHandler<>), typeof(ICommandHandler<,>), typeof(IIntegrationEventHandler<>)];

    private static readonly string[] TransactionControl = ["BeginTransaction", "BeginTransactionAsync", "UseTransaction", "UseTransactionAsync", "Commit", "CommitAsync", "Rollback", "RollbackAsync"];

    /// <summary>Handlers that call SaveChanges but run in no transaction begun for them (queries, plain requests, streams): each save would commit alone.</summary>
    public static IReadOnlyList<string> HandlersSavingOutsideATransaction(Types types) =>
        HandlersCalling(types.GetTypes().Where(t => !Implements(t, HandlersInATransaction)), IsSaveChanges);

    /// <summary>Handlers that begin, commit or roll back a transaction themselves (savepoints are theirs to use).</summary>
    public static IReadOnlyList<string> HandlersOwningATransaction(Types types) =>
        HandlersCalling(types.GetTypes(), IsTransactionControl);

    private static List<string> HandlersCalling(IEnumerable<Type> types, Func<MethodReference, bool> isCalled) =>
        types.Where(t => t.IsClass && SliceRules.IsHandler(t))
            .GroupBy(t => t.Assembly)
            .SelectMany(assembly =>
            {
                using var module = ModuleDefinition.ReadModule(assembly.Key.Location);
                return assembly.Where(t => Calls(module.GetType(t.FullName!.Replace('+', '/')), isCalled)).Select(t => t.FullName!).ToList();
            })
            .Order()
            .ToList();

    /// <summary>Whether the type's code calls such a method, counting the types the compiler nests in it (state machines, closures).</summary>
    private static bool Calls(TypeDefinition type, Func<MethodReference, bool> isCalled) =>
        type.Methods.Where(m => m.HasBody).SelectMany(m => m.Body.Instructions)
            .Any(i => i.OpCode.Code is Code.Call or Code.Callvirt && i.Operand is MethodReference method && isCalled(method)) ||
        type.NestedTypes.Any(nested => Calls(nested, isCalled));

    private static bool IsSaveChanges(MethodReference method) =>
        method.Name is "SaveChanges" or "SaveChangesAsync" && IsDbContext(method.DeclaringType);

    private static bool IsTransactionControl(MethodReference method) =>
        TransactionControl.Contains(method.Name) && method.DeclaringType.Namespace.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal);

    // C# calls SaveChanges through the class that declares it (DbContext) unless a module's context overrides it.
    private static bool IsDbContext(TypeReference type) =>
        type.FullName == "Microsoft.EntityFrameworkCore.DbContext" || type.Name.EndsWith("DbContext", StringComparison.Ordinal);

    private static bool Implements(Type type, Type[] genericInterfaces) =>
        type.GetInterfaces().Any(i => i.IsGenericType && genericInterfaces.Contains(i.GetGenericTypeDefinition()));
}
