// A live workout: the next set, one tap to record it, the rest before the next one (kept across reloads), swap or skip an
// exercise, finish. Sets recorded without a connection wait in the outbox and go when it is back, under the ids they were
// made with; the screen says how many wait.
import { useEffect, useState } from "preact/hooks";
import { v7 as uuidv7 } from "uuid";
import { api, problemText, type Schemas } from "../api.ts";
import { outboxChanged, record, send, waiting, type PendingSet } from "../live/outbox.ts";
import { loadLive, mergeSets, nextSet, saveLive, type LiveState } from "../live/state.ts";
import { go } from "../router.ts";
import { Page, Problem } from "../ui.tsx";
import { describeSet } from "./today.tsx";

function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const changed = () => setOnline(navigator.onLine);
    window.addEventListener("online", changed);
    window.addEventListener("offline", changed);
    return () => {
      window.removeEventListener("online", changed);
      window.removeEventListener("offline", changed);
    };
  }, []);
  return online;
}

function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function clock(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** The API's view of the workout, merged into what this device keeps. */
async function refresh(state: LiveState): Promise<LiveState | null> {
  const { data, response } = await api.GET("/v1/live/{id}", { params: { path: { id: state.id } } });
  if (response.status === 404 || data?.finishedAt) return null;
  if (!data) return state;
  let session = state.session;
  if (!session && data.sessionId) {
    session = (await api.GET("/v1/sessions/{id}", { params: { path: { id: data.sessionId } } })).data ?? null;
  }
  return { ...state, session, sets: mergeSets(state, data.sets), changes: data.changes };
}

export function LiveScreen() {
  const online = useOnline();
  const now = useNow();
  const [state, setState] = useState<LiveState | null>(loadLive());
  const [pending, setPending] = useState<PendingSet[]>([]);
  const [amount, setAmount] = useState("");
  const [feeling, setFeeling] = useState<Schemas["Feeling"]>("good");
  const [swapping, setSwapping] = useState<Schemas["ExerciseSummary"][] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  function keep(next: LiveState | null) {
    saveLive(next);
    setState(next);
  }

  // Picks up a workout started on another device, and the API's record of this one.
  useEffect(() => {
    void (async () => {
      const local = loadLive();
      if (!navigator.onLine) return;
      try {
        if (local) {
          keep(await refresh(local));
        } else {
          const { data } = await api.GET("/v1/live/current");
          if (data) keep(await refresh({ id: data.id, session: null, sets: [], changes: [], replacements: {}, restEndsAt: null }));
        }
      } catch {
        // offline after all: go on with what the device keeps
      }
    })();
  }, []);

  useEffect(() => {
    if (!state) return;
    const update = () => void waiting(state.id).then(setPending);
    update();
    window.addEventListener(outboxChanged, update);
    void send();
    return () => window.removeEventListener(outboxChanged, update);
  }, [state?.id]);

  const next = state ? nextSet(state) : null;
  useEffect(() => {
    if (next) setAmount(String(next.target.reps ?? next.target.holdSeconds ?? 0));
  }, [next?.exerciseId, next?.setNumber]);

  if (!state) {
    return (
      <Page title="Live workout">
        <p>No workout in progress. <a href="#/today">Start today's workout</a></p>
      </Page>
    );
  }

  const setsDone = state.sets.length;
  const setsPlanned = state.session?.exercises.reduce((sum, e) => sum + e.sets.length, 0) ?? 0;
  const resting = state.restEndsAt != null && state.restEndsAt > now;

  async function recordSet() {
    if (!state || !next) return;
    const value = Number(amount);
    const isHold = next.target.reps == null;
    const setId = uuidv7(); // the moment the set was done, which the API orders sets and times rests by
    keep({
      ...state,
      sets: [...state.sets, { id: setId, exerciseId: next.exerciseId }],
      restEndsAt: Date.now() + next.target.restSeconds * 1000,
    });
    await record({
      setId,
      liveId: state.id,
      exerciseId: next.exerciseId,
      exercise: next.slug,
      reps: isHold ? null : value,
      holdSeconds: isHold ? value : null,
    });
  }

  async function change(exercise: Schemas["SessionExerciseResponse"], body: Schemas["ChangeLiveExerciseCommand"], shown?: Schemas["ExerciseSummary"]) {
    if (!state) return;
    const { data, error } = await api.PUT("/v1/live/{id}/changes/{exercise}", {
      params: { path: { id: state.id, exercise: exercise.slug } },
      body,
    });
    if (!data) {
      setProblem(problemText(error, "That change was not made."));
      return;
    }
    setProblem(null);
    setSwapping(null);
    const replacements = shown ? { ...state.replacements, [shown.id]: { slug: shown.slug, name: shown.name } } : state.replacements;
    keep({ ...state, changes: data.changes, sets: mergeSets(state, data.sets), replacements });
  }

  async function offerSwap(exercise: Schemas["SessionExerciseResponse"]) {
    const { data } = await api.GET("/v1/exercises", {
      params: { query: { pattern: exercise.pattern, myEquipment: true, limit: 50 } },
    });
    setSwapping((data?.items ?? []).filter((e) => e.id !== exercise.exerciseId && !e.retired));
  }

  async function finish() {
    if (!state) return;
    const { data, error } = await api.POST("/v1/live/{id}/finish", {
      params: { path: { id: state.id } },
      body: { feeling },
    });
    if (!data) {
      setProblem(problemText(error, "The workout could not be finished."));
      return;
    }
    keep(null);
    go("progress");
  }

  const current = state.session?.exercises.find(
    (e) => e.exerciseId === next?.exerciseId ||
      state.changes.some((c) => c.kind === "swap" && c.exerciseId === e.exerciseId && c.replacementId === next?.exerciseId),
  );

  return (
    <Page title="Live workout">
      <Problem text={problem} />
      <p class="sync" role="status" data-waiting={pending.length}>
        {pending.length === 0
          ? "All sets saved."
          : `${pending.length} ${pending.length === 1 ? "set" : "sets"} waiting to sync${online ? "…" : " (offline)."}`}
      </p>
      <p class="muted" data-sets-done={setsDone}>
        {setsDone} of {setsPlanned} sets done
      </p>
      {resting && (
        <div class="rest" role="timer" aria-label="Rest">
          <p>Rest <strong>{clock(state.restEndsAt! - now)}</strong></p>
          <button type="button" class="secondary" onClick={() => keep({ ...state, restEndsAt: null })}>Skip rest</button>
        </div>
      )}
      {next ? (
        <section class="next" aria-labelledby="next-set">
          <h2 id="next-set">{next.name}</h2>
          <p>Set {next.setNumber} of {next.sets}: {describeSet(next.target)}</p>
          <div class="field">
            <label for="amount">{next.target.reps != null ? "Reps done" : "Seconds held"}</label>
            <input id="amount" type="number" min={0} inputMode="numeric" value={amount} onInput={(e) => setAmount((e.target as HTMLInputElement).value)} />
          </div>
          <button type="button" class="primary big" onClick={recordSet}>Record set</button>
          {current && (
            <div class="actions">
              <button type="button" class="secondary" disabled={!online} onClick={() => offerSwap(current)}>Swap exercise</button>
              <button type="button" class="secondary" disabled={!online} onClick={() => change(current, { kind: "skip", reason: "Skipped in the app" })}>
                Skip exercise
              </button>
            </div>
          )}
          {swapping && current && (
            <fieldset>
              <legend>Swap {current.name} for</legend>
              {swapping.length === 0 && <p>No other exercise of this pattern suits your equipment.</p>}
              {swapping.map((e) => (
                <button type="button" class="choice-button" key={e.id} onClick={() => change(current, { kind: "swap", replacement: e.slug }, e)}>
                  {e.name}
                </button>
              ))}
            </fieldset>
          )}
        </section>
      ) : (
        <p>Every planned set is done.</p>
      )}
      <section aria-labelledby="finish">
        <h2 id="finish">Finish</h2>
        <div class="field">
          <label for="feeling">How did it feel?</label>
          <select id="feeling" value={feeling ?? "good"} onChange={(e) => setFeeling((e.target as HTMLSelectElement).value as Schemas["Feeling"])}>
            {(["great", "good", "okay", "bad", "awful"] as const).map((f) => <option key={f} value={f}>{f}</option>)}
          </select>
        </div>
        <button type="button" disabled={!online || pending.length > 0 || setsDone === 0} onClick={finish}>Finish workout</button>
        {(!online || pending.length > 0) && <p class="hint">Finish once every set is saved.</p>}
      </section>
    </Page>
  );
}
