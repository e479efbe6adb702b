using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Messaging;
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
    /// <summary>The messages TransactionBehavior runs in a transaction, read from its own type constraint (commands today).</summary>
    private static readonly Type[] TransactionalMessageConstraints =
        typeof(TransactionBehavior<,>).GetGenericArguments()[0].GetGenericParameterConstraints();

    private static readonly string[] TransactionControl = ["BeginTransaction", "BeginTransactionAsync", "UseTransaction", "UseTransactionAsync", "Commit", "CommitAsync", "Rollback", "RollbackAsync"];

    /// <summary>Handlers that call SaveChanges but run in no transaction begun for them (queries, plain requests, streams): each save would commit alone.</summary>
    /// <returns>Examined: the handlers that run in no transaction.</returns>
    public static RuleResult HandlersSavingOutsideATransaction(Types types) =>
        HandlersCalling(types.GetTypes().Where(t => !RunsInATransaction(t)), IsSaveChanges);

    /// <summary>Handlers that begin, commit or roll back a transaction themselves (savepoints are theirs to use).</summary>
    /// <returns>Examined: every handler.</returns>
    public static RuleResult HandlersOwningATransaction(Types types) =>
        HandlersCalling(types.GetTypes(), IsTransactionControl);

    private static RuleResult HandlersCalling(IEnumerable<Type> types, Func<MethodReference, bool> isCalled)
    {
        var handlers = types.Where(t => t.IsClass && SliceRules.IsHandler(t)).ToList();
        var offenders = handlers
            .GroupBy(t => t.Assembly)
            .SelectMany(assembly =>
            {
                using var module = ModuleDefinition.ReadModule(assembly.Key.Location);
                return assembly.Where(t => Calls(module.GetType(t.FullName!.Replace('+', '/')), isCalled)).Select(t => t.FullName!).ToList();
            });
        return RuleResult.Of(handlers.Select(t => t.FullName!), offenders);
    }

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

    /// <summary>
    /// A handler of a message TransactionBehavior wraps (the handler interface's first type argument), or of an integration
    /// event, whose subscription begins the transaction it is delivered in.
    /// </summary>
    private static bool RunsInATransaction(Type handler) =>
        handler.GetInterfaces().Any(i => SliceRules.IsHandlerInterface(i) &&
            (i.GetGenericTypeDefinition() == typeof(IIntegrationEventHandler<>) ||
             TransactionalMessageConstraints.All(constraint => constraint.IsAssignableFrom(i.GetGenericArguments()[0]))));
}
