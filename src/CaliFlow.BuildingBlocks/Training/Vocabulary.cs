namespace CaliFlow.BuildingBlocks.Training;

// Shared training vocabulary: a user's profile says what they own, the exercise library says what each exercise needs.

public enum Equipment
{
    PullUpBar,
    DipBars,
    Rings,
    Parallettes,
    Wall,
    ResistanceBand,
    BoxOrBench,
}

public enum TrainingLevel
{
    Beginner,
    Intermediate,
    Advanced,
}
