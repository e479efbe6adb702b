using CaliFlow.Modules.Exercises.Contracts;

namespace CaliFlow.Modules.Programming.Planning;

/// <summary>
/// Every session starts with a warm-up of 5-10 minutes, from the Recommended Routine's list: wrists, shoulder dislocates, squat
/// sky reaches, spine, hips, dead bugs, arch hangs and a support hold, each once through; what the user's equipment does not
/// allow is skipped and the library's easy mobility work fills in.
/// </summary>
internal static class WarmUps
{
    /// <summary>About a minute per movement, setting up included.</summary>
    public const int SecondsPerItem = 60;

    private static readonly string[] Preferred =
    [
        "wrist-prep", "shoulder-dislocate", "arm-circles", "squat-sky-reach", "cat-cow", "leg-swing", "dead-bug", "arch-hang",
        "scapular-shrug", "parallel-bar-support-hold",
    ];

    /// <summary>Five movements for sessions up to 30 minutes, seven up to an hour, nine beyond.</summary>
    public static IReadOnlyList<WarmUpItem> For(PlanCatalog catalog, int sessionMinutes, int rotation)
    {
        var count = sessionMinutes switch
        {
            <= 30 => 5,
            <= 60 => 7,
            _ => 9,
        };
        var chosen = Preferred.Select(catalog.DoableSlug).OfType<ExerciseInfo>().Take(count).ToList();
        chosen.AddRange(catalog.Extras(ExerciseKind.Mobility, 3, rotation, count)
            .Where(e => chosen.All(c => c.Id != e.Id))
            .Take(count - chosen.Count));
        return [.. chosen.Select(e => e.Unit == ExerciseUnit.HoldSeconds
            ? new WarmUpItem(e.Slug, e.Name, null, 20)
            : new WarmUpItem(e.Slug, e.Name, 10, null))];
    }

    public static int Seconds(IReadOnlyList<WarmUpItem> warmUp) => warmUp.Count * SecondsPerItem;
}
