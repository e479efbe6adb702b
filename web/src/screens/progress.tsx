// Progress: the totals and streaks of /stats, the API's SVG charts, personal records, and achievements.
import { useEffect, useState } from "preact/hooks";
import { api, type Schemas } from "../api.ts";
import { Loading, Page } from "../ui.tsx";

/** An SVG chart of the API, fetched with the user's token and shown as an image (never put into the page as markup). */
function Chart({ path, label, exercise }: { path: "/v1/charts/weekly-volume.svg" | "/v1/charts/exercises/{exercise}.svg"; label: string; exercise?: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let made: string | null = null;
    const request = path === "/v1/charts/weekly-volume.svg"
      ? api.GET(path, { params: { query: { measure: "sets" } }, parseAs: "blob" })
      : api.GET(path, { params: { path: { exercise: exercise! } }, parseAs: "blob" });
    void request.then(({ data }) => {
      if (data) {
        made = URL.createObjectURL(data as Blob);
        setUrl(made);
      }
    }).catch(() => undefined);
    return () => {
      if (made) URL.revokeObjectURL(made);
    };
  }, [path, exercise]);
  return url ? <img class="chart" src={url} alt={label} /> : <p class="muted">{label}: not available offline.</p>;
}

function Record({ record }: { record: Schemas["PersonalRecord"] }) {
  const [exercise, setExercise] = useState<Schemas["ExerciseDetails"] | null>(null);
  useEffect(() => {
    void api.GET("/v1/exercises/{idOrSlug}", { params: { path: { idOrSlug: record.exerciseId } } }).then(({ data }) => setExercise(data ?? null));
  }, [record.exerciseId]);
  const best = [
    record.bestReps != null && `${record.bestReps} reps`,
    record.bestHoldSeconds != null && `${record.bestHoldSeconds} s`,
    record.bestLoadKg != null && `${record.bestLoadKg} kg`,
  ].filter(Boolean).join(" · ");
  return (
    <li>
      <strong>{exercise?.name ?? "…"}</strong>: {best} <span class="muted">({record.lastImprovedOn})</span>
      {exercise && (
        <details>
          <summary>Chart</summary>
          <Chart path="/v1/charts/exercises/{exercise}.svg" exercise={exercise.slug} label={`${exercise.name} over time`} />
        </details>
      )}
    </li>
  );
}

export function ProgressScreen() {
  const [stats, setStats] = useState<Schemas["StatsResponse"] | null>(null);
  const [mine, setMine] = useState<Schemas["MyAchievementsResponse"] | null>(null);

  useEffect(() => {
    void api.GET("/v1/stats").then(({ data }) => setStats(data ?? null)).catch(() => undefined);
    void api.GET("/v1/me/achievements").then(({ data }) => setMine(data ?? null)).catch(() => undefined);
  }, []);

  if (!stats) return <Loading what="your progress" />;
  return (
    <Page title="Progress">
      <dl class="totals">
        <div><dt>Workouts</dt><dd data-stat="workouts">{stats.workouts}</dd></div>
        <div><dt>Minutes</dt><dd>{stats.minutes}</dd></div>
        <div><dt>Reps</dt><dd>{stats.reps}</dd></div>
        <div><dt>Seconds held</dt><dd>{stats.holdSeconds}</dd></div>
        <div><dt>Day streak</dt><dd>{stats.currentStreakDays} <span class="muted">(best {stats.longestStreakDays})</span></dd></div>
        {mine && <div><dt>Training weeks in a row</dt><dd>{mine.streaks.currentTrainingWeeks}</dd></div>}
      </dl>
      <h2>Weekly volume</h2>
      <Chart path="/v1/charts/weekly-volume.svg" label="Sets a week by movement pattern" />
      <h2>Personal records</h2>
      {stats.personalRecords.length === 0 ? <p>None yet: your first workout sets them.</p> : (
        <ul class="records">{stats.personalRecords.map((r) => <Record key={r.exerciseId} record={r} />)}</ul>
      )}
      <h2>Achievements</h2>
      {mine ? (
        <>
          <p>Level {mine.level.level} · {mine.totalPoints} points</p>
          <ul class="achievements">
            {mine.unlocked.map((a) => <li key={a.code} data-achievement={a.code}><strong>{a.name}</strong>: {a.description}</li>)}
          </ul>
          {mine.inProgress.length > 0 && (
            <details>
              <summary>In progress ({mine.inProgress.length})</summary>
              <ul>
                {mine.inProgress.slice(0, 10).map((a) => (
                  <li key={a.code}>
                    {a.name}: <progress max={100} value={a.progress.percent} aria-label={`${a.name} progress`} /> {a.progress.percent} %
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      ) : <Loading what="achievements" />}
    </Page>
  );
}
