using CaliFlow.BuildingBlocks;
using CaliFlow.Modules.Progress.Dates;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Users.Contracts;
using FluentValidation;

namespace CaliFlow.Modules.Progress.Features.RecordMetric;

/// <summary>Scoped, unlike the module's other validators: the date is checked against the user's local today and birth date.</summary>
internal sealed class RecordMetricValidator : AbstractValidator<RecordMetricCommand>
{
    public RecordMetricValidator(IUsersQueries users, TimeProvider time)
    {
        RuleFor(c => c.Id).Must(id => id is null || id.Value.Version == 7).WithMessage("A client-made id must be a UUIDv7.");
        RuleFor(c => c.Type).NotNull().IsInEnum();
        RuleFor(c => c.RecordedOn).NotNull()
            .GreaterThanOrEqualTo(DateBounds.Earliest).WithMessage("A reading cannot be dated before 1900-01-01.")
            .CustomAsync(async (date, context, cancellationToken) =>
            {
                if (date is not { } day || day < DateBounds.Earliest)
                {
                    return;
                }

                var profile = await users.GetProfileAsync(context.InstanceToValidate.UserId, cancellationToken);
                var today = LocalClock.Today(time, profile?.TimeZone ?? "UTC");
                if (day > today.AddDays(DateBounds.ReadingDaysAhead))
                {
                    context.AddFailure(nameof(RecordMetricCommand.RecordedOn), $"A reading cannot be dated more than a day after today ({today:yyyy-MM-dd} where you are).");
                }
                else if (profile?.DateOfBirth is { } born && day < born)
                {
                    context.AddFailure(nameof(RecordMetricCommand.RecordedOn), "A reading cannot be dated before your date of birth.");
                }
            });

        RuleFor(c => c.BodyWeight).NotNull().When(c => c.Type == MetricType.BodyWeight)
            .WithMessage("A body-weight reading needs bodyWeight.");
        RuleFor(c => c.Measurements).NotNull().When(c => c.Type == MetricType.Measurements)
            .WithMessage("A measurements reading needs measurements.");
        RuleFor(c => c.Wellness).NotNull().When(c => c.Type == MetricType.Wellness)
            .WithMessage("A wellness reading needs wellness.");
        RuleFor(c => c).Must(c => new object?[] { c.BodyWeight, c.Measurements, c.Wellness }.Count(v => v is not null) <= 1)
            .WithName("type").WithMessage("Send only the values that match the type.");

        RuleFor(c => c.BodyWeight!.WeightKg).NotNull().InclusiveBetween(20m, 400m).When(c => c.BodyWeight is not null)
            .OverridePropertyName("bodyWeight.weightKg");
        RuleFor(c => c.BodyWeight!.BodyFatPercent).InclusiveBetween(2m, 70m).When(c => c.BodyWeight is not null)
            .OverridePropertyName("bodyWeight.bodyFatPercent");
        When(c => c.Measurements is not null, () =>
        {
            RuleFor(c => c.Measurements).Must(m => m!.WaistCm is not null || m.ChestCm is not null || m.HipsCm is not null ||
                                                   m.ArmCm is not null || m.ThighCm is not null || m.NeckCm is not null)
                .WithMessage("Give at least one measurement.");
            foreach (var (name, value) in new (string, Func<Measurements, decimal?>)[]
                     {
                         ("waistCm", m => m.WaistCm), ("chestCm", m => m.ChestCm), ("hipsCm", m => m.HipsCm),
                         ("armCm", m => m.ArmCm), ("thighCm", m => m.ThighCm), ("neckCm", m => m.NeckCm),
                     })
            {
                RuleFor(c => value(c.Measurements!)).InclusiveBetween(10m, 300m).OverridePropertyName($"measurements.{name}");
            }
        });
        RuleFor(c => c.Wellness).Must(w => w!.Sleep is not null || w.Energy is not null || w.Soreness is not null || w.Stress is not null)
            .When(c => c.Wellness is not null).WithMessage("Give at least one wellness score.");
        RuleFor(c => c.Wellness!).SetValidator(new WellnessValidator()).When(c => c.Wellness is not null);
    }

    private sealed class WellnessValidator : AbstractValidator<Wellness>
    {
        public WellnessValidator()
        {
            RuleFor(w => w.Sleep).InclusiveBetween(1, 5);
            RuleFor(w => w.Energy).InclusiveBetween(1, 5);
            RuleFor(w => w.Soreness).InclusiveBetween(1, 5);
            RuleFor(w => w.Stress).InclusiveBetween(1, 5);
        }
    }
}
