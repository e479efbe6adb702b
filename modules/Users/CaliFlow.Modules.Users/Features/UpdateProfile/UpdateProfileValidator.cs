using CaliFlow.BuildingBlocks.Validation;
using CaliFlow.Modules.Exercises.Contracts;
using FluentValidation;

namespace CaliFlow.Modules.Users.Features.UpdateProfile;

internal sealed class UpdateProfileValidator : AbstractValidator<UpdateProfileCommand>
{
    public UpdateProfileValidator(TimeProvider time)
    {
        RuleFor(c => c.Level).IsInEnum();
        RuleFor(c => c.Goals).MaxItems(6).WithMessage("Choose at most 6 goals.");
        RuleForEach(c => c.Goals).IsInEnum();
        RuleFor(c => c.Equipment).MaxItems(Enum.GetValues<Equipment>().Length);
        RuleForEach(c => c.Equipment).IsInEnum();
        RuleFor(c => c.TrainingDaysPerWeek).InclusiveBetween(2, 6);
        RuleFor(c => c.PreferredWeekdays).ItemCount(1, 7).WithMessage("Choose between 1 and 7 weekdays.");
        RuleForEach(c => c.PreferredWeekdays).IsInEnum();
        RuleFor(c => c.PreferredWeekdays)
            .Must((c, days) => days!.Distinct().Count() >= c.TrainingDaysPerWeek)
            .When(c => c.PreferredWeekdays is { Count: > 0 } && c.TrainingDaysPerWeek is not null)
            .WithMessage(c => $"{c.TrainingDaysPerWeek} training days a week need at least {c.TrainingDaysPerWeek} different weekdays; send more, or leave preferredWeekdays out to have them picked.");
        RuleFor(c => c.SessionMinutes).InclusiveBetween(15, 180);
        RuleFor(c => c.TimeZone!)
            .MaximumLength(64)
            .Must(BeIanaTimeZone).WithMessage("'{PropertyValue}' is not an IANA time zone (e.g. Europe/Berlin).")
            .When(c => c.TimeZone is not null);
        RuleFor(c => c.UnitSystem).IsInEnum();
        RuleFor(c => c.Sex).IsInEnum();
        RuleFor(c => c.DateOfBirth)
            .Must(dob => Age(dob!.Value, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)) is >= 13 and <= 100)
            .WithMessage("Age must be between 13 and 100 years.")
            .When(c => c.DateOfBirth is not null);
        RuleFor(c => c.HeightCm).InclusiveBetween(100m, 250m);
        RuleFor(c => c.WeightKg).InclusiveBetween(25m, 300m);
        RuleFor(c => c.DailyActivity).IsInEnum();
        RuleFor(c => c.UnfinishedWorkouts).IsInEnum();
        RuleFor(c => c.HeightIn).InclusiveBetween(39.4m, 98.4m); // the same 100-250 cm
        RuleFor(c => c.WeightLb).InclusiveBetween(55.2m, 661.3m); // the same 25-300 kg
        RuleFor(c => c.HeightIn).Null().When(c => c.HeightCm is not null).WithMessage("Give heightCm or heightIn, not both.");
        RuleFor(c => c.WeightLb).Null().When(c => c.WeightKg is not null).WithMessage("Give weightKg or weightLb, not both.");
    }

    private static bool BeIanaTimeZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId;

    private static int Age(DateOnly dateOfBirth, DateOnly today) =>
        today.Year - dateOfBirth.Year - (today < dateOfBirth.AddYears(today.Year - dateOfBirth.Year) ? 1 : 0);
}
