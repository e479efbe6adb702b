// Today's workout (or the next one): warm-up, each exercise's sets with its coaching cues, and the button that starts it
// live. The service worker keeps the last answer, so it shows offline too.
import { useEffect, useState } from "preact/hooks";
import { v7 as uuidv7 } from "uuid";
import { api, problemText, type Schemas } from "../api.ts";
import { saveLive } from "../live/state.ts";
import { go } from "../router.ts";
import { Loading, Page, Problem } from "../ui.tsx";

type Today = Schemas["TodayWorkoutResponse"];

export function describeSet(set: Schemas["PrescribedSet"]): string {
  const amount = set.reps != null ? `${set.reps} reps` : `${set.holdSeconds ?? 0} s hold`;
  return `${amount}, RPE ${set.targetRpe}, rest ${set.restSeconds} s`;
}

function Cues({ slug }: { slug: string }) {
  const [cues, setCues] = useState<string[] | null>(null);
  useEffect(() => {
    void api
      .GET("/v1/exercises/{idOrSlug}", { params: { path: { idOrSlug: slug } } })
      .then(({ data }) => setCues(data?.cues ?? []))
      .catch(() => setCues([]));
  }, [slug]);
  if (!cues?.length) return null;
  return (
    <ul class="cues" aria-label="Cues">
      {cues.map((cue) => <li key={cue}>{cue}</li>)}
    </ul>
  );
}

export function TodayScreen() {
  const [today, setToday] = useState<Today | null | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const [liveId] = useState(() => uuidv7()); // made once here, so a retried start finds the same live workout

  useEffect(() => {
    void api
      .GET("/v1/workouts/today")
      .then(({ data, error, response }) => {
        setToday(data ?? null);
        if (!data && response.status !== 404) setProblem(problemText(error));
      })
      .catch(() => {
        setToday(null);
        setProblem("You are offline and today's workout was not kept on this device yet.");
      });
  }, []);

  async function start(session: Schemas["SessionResponse"]) {
    const { data, error } = await api.POST("/v1/sessions/{id}/start", { params: { path: { id: session.id } }, body: { id: liveId } });
    if (!data) {
      setProblem(problemText(error, "The workout could not be started."));
      return;
    }
    saveLive({
      id: data.id,
      session,
      sets: data.sets.map((s) => ({ id: s.id, exerciseId: s.exerciseId })),
      changes: data.changes,
      replacements: {},
      restEndsAt: null,
    });
    go("live");
  }

  if (today === undefined) return <Loading what="today's workout" />;
  const session = today?.session;
  if (!session) {
    return (
      <Page title="Today">
        <Problem text={problem} />
        <p>No workout is planned. <a href="#/plan">See your plan</a></p>
      </Page>
    );
  }
  return (
    <Page title={today.isToday ? "Today's workout" : `Next workout: ${session.date}`}>
      <Problem text={problem} />
      <h2>
        {session.name} {session.deload && <span class="tag">Deload</span>}
      </h2>
      <p class="muted">Week {session.week} · about {session.estimatedMinutes} minutes</p>
      {session.status === "planned" ? (
        <button type="button" onClick={() => start(session)}>Start workout</button>
      ) : (
        <p class="tag">{session.status === "completed" ? "Done" : "Skipped"}</p>
      )}
      {session.warmUp.length > 0 && (
        <section aria-labelledby="warm-up">
          <h3 id="warm-up">Warm-up</h3>
          <ul>
            {session.warmUp.map((item) => (
              <li key={item.slug}>{item.name}: {item.reps != null ? `${item.reps} reps` : `${item.holdSeconds} s`}</li>
            ))}
          </ul>
        </section>
      )}
      <ol class="exercises">
        {session.exercises.map((exercise) => (
          <li key={exercise.id} class="exercise">
            <h3>{exercise.name}</h3>
            <p>
              {exercise.sets.length} × {describeSet(exercise.sets[0])}
              {exercise.sets[0].tempo && <> · tempo {exercise.sets[0].tempo}</>}
            </p>
            {exercise.notes && <p class="muted">{exercise.notes}</p>}
            <Cues slug={exercise.slug} />
          </li>
        ))}
      </ol>
    </Page>
  );
}
