using CaliFlow.Modules.Progress;
using CaliFlow.Modules.Progress.Features.ListMetrics;
using CaliFlow.Modules.Progress.Features.RecordMetric;
using CaliFlow.Modules.Progress.WorkoutLogs;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace CaliFlow.UnitTests.Progress;

/// <summary>A singleton validator holding a scoped service would share one request's service with every request.</summary>
public sealed class ValidatorLifetimeTests
{
    private readonly IServiceCollection _services = new ServiceCollection().AddProgressModule();

    [Fact]
    public void A_validator_that_asks_Users_is_registered_once_and_scoped()
    {
        Lifetimes<RecordMetricCommand>().ShouldBe([ServiceLifetime.Scoped]);
    }

    [Fact]
    public void Validators_that_need_only_the_clock_or_nothing_are_registered_once_and_built_once()
    {
        Lifetimes<LogWorkoutCommand>().ShouldBe([ServiceLifetime.Singleton]);
        Lifetimes<ListMetricsQuery>().ShouldBe([ServiceLifetime.Singleton]);
        Lifetimes<LoggedExercise>().ShouldBe([ServiceLifetime.Singleton]);
    }

    private List<ServiceLifetime> Lifetimes<T>() =>
        [.. _services.Where(d => d.ServiceType == typeof(IValidator<T>)).Select(d => d.Lifetime)];
}
