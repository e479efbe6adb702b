// A live workout: the next set, one tap to record it, the rest before the next one (kept across reloads), swap or skip an
// exercise, finish. Sets recorded without a connection wait in the outbox and go when it is back, under the ids they were
// made with; the screen says how many wait. Every change of state is made from the latest state (never one read before an
// await), so an answer arriving late cannot undo a set recorded meanwhile.
import { useEffect, useRef, useState } from "preact/hooks";
import { v7 as uuidv7 } from "uuid";
import { api, problemText, type Schemas } from "../api.ts";
import { outboxChanged, record, send, setRefused, waiting, type PendingSet } from "../live/outbox.ts";
import { loadLive, mergeSets, nextFromApi, nextSet, saveLive, type LiveState, type NextSet } from "../live/state.ts";
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

type Live = Schemas["LiveWorkoutResponse"];

/** The API's record of the workout merged into what this device keeps (its sets not yet sent stay). */
function merged(state: LiveState, live: Live, extra: Partial<LiveState> = {}): LiveState {
  return { ...state, ...extra, sets: mergeSets(state, live.sets), changes: live.changes };
}

/** Names of exercises swapped in on another device, which the session does not name. */
async function replacementsOf(live: Live, known: LiveState["replacements"]): Promise<LiveState["replacements"]> {
  const found = { ...known };
  for (const change of live.changes) {
    if (change.kind === "swap" && change.replacementId && !found[change.replacementId]) {
      const { data } = await api.GET("/v1/exercises/{idOrSlug}", { params: { path: { idOrSlug: change.replacementId } } });
      if (data) found[data.id] = { slug: data.slug, name: data.name };
    }
  }
  return found;
}

export function LiveScreen() {
  const online = useOnline();
  const now = useNow();
  const [state, setState] = useState<LiveState | null>(loadLive);
  const [pending, setPending] = useState<PendingSet[]>([]);
  const [fromApi, setFromApi] = useState<{ asked: string; next: NextSet | null } | null>(null);
  const [amount, setAmount] = useState("");
  const [amountError, setAmountError] = useState<string | null>(null);
  const [feeling, setFeeling] = useState<Schemas["Feeling"]>("good");
  const [swapping, setSwapping] = useState<Schemas["ExerciseSummary"][] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const liveId = state?.id;
  const latest = useRef(state);
  latest.current = state;

  useEffect(() => saveLive(state), [state]);

  // Picks up a workout started on another device, and the API's record of this one.
  useEffect(() => {
    if (!navigator.onLine) return;
    void (async () => {
      try {
        const id = loadLive()?.id ?? (await api.GET("/v1/live/current")).data?.id;
        if (!id) return;
        const { data: live, response } = await api.GET("/v1/live/{id}", { params: { path: { id } } });
        if (response.status === 404 || live?.finishedAt) {
          setState(null);
          return;
        }
        if (!live) return;
        const session = loadLive()?.session ??
          (live.sessionId ? (await api.GET("/v1/sessions/{id}", { params: { path: { id: live.sessionId } } })).data ?? null : null);
        const replacements = await replacementsOf(live, loadLive()?.replacements ?? {});
        setState((current) => merged(current ?? { id, session, sets: [], changes: [], replacements: {}, restEndsAt: null }, live, { session: current?.session ?? session, replacements: { ...replacements, ...current?.replacements } }));
      } catch {
        // offline after all: go on with what the device keeps
      }
    })();
  }, []);

  useEffect(() => {
    if (!liveId) return;
    const update = () => void waiting(liveId).then(setPending);
    const refused = (event: Event) => {
      const set = (event as CustomEvent<PendingSet>).detail;
      setState((current) => current && { ...current, sets: current.sets.filter((s) => s.id !== set.setId) });
      setProblem(`A set of ${set.exercise} was not accepted and is not counted. Record it again if you did it.`);
    };
    update();
    window.addEventListener(outboxChanged, update);
    window.addEventListener(setRefused, refused);
    void send();
    return () => {
      window.removeEventListener(outboxChanged, update);
      window.removeEventListener(setRefused, refused);
    };
  }, [liveId]);

  // Online with nothing waiting, the API says what comes next (supersets alternate there) and how long the rest is (longer
  // after a set short of its target). Its answer belongs to the sets and changes it was asked about: once either has moved
  // on (a set recorded, a swap or skip made meanwhile), it is not used.
  const setsDone = state?.sets.length ?? 0;
  const asked = state ? JSON.stringify([state.sets.map((s) => s.id), state.changes]) : "";
  useEffect(() => {
    if (!liveId || !online || pending.length > 0) return;
    void api.GET("/v1/live/{id}/next", { params: { path: { id: liveId } } }).then(({ data }) => {
      const current = latest.current;
      if (!data || !current || JSON.stringify([current.sets.map((s) => s.id), current.changes]) !== asked) return;
      setFromApi({ asked, next: nextFromApi(current, data) });
      const restEndsAt = data.rest ? Date.parse(data.rest.endsAt) : null;
      // Only a rest still running takes the API's end: a rest the user skipped stays skipped.
      setState((now) => now?.restEndsAt != null && restEndsAt != null ? { ...now, restEndsAt } : now);
    }).catch(() => undefined);
  }, [liveId, online, pending.length, asked]);

  // Sets that could not be sent are tried again every few seconds: a weak connection fires no "online" event.
  useEffect(() => {
    if (pending.length === 0) return;
    const retry = setInterval(() => void send(), 10_000);
    return () => clearInterval(retry);
  }, [pending.length > 0]);

  const next = state ? (fromApi?.asked === asked ? fromApi.next : nextSet(state)) : null;
  useEffect(() => {
    if (next) setAmount(String(next.target.reps ?? next.target.holdSeconds ?? 0));
    setAmountError(null);
  }, [next?.exerciseId, next?.setNumber]);

  if (!state) {
    return (
      <Page title="Live workout">
        <p>No workout in progress. <a href="#/today">Start today's workout</a></p>
      </Page>
    );
  }

  const setsPlanned = state.session?.exercises.reduce((sum, e) => sum + e.sets.length, 0) ?? 0;
  const resting = state.restEndsAt != null && state.restEndsAt > now;

  async function recordSet() {
    if (!next || !liveId) return;
    const isHold = next.target.reps == null;
    const value = Number(amount);
    const most = isHold ? 3600 : 1000;
    if (amount.trim() === "" || !Number.isInteger(value) || value < 0 || value > most) {
      setAmountError(`Enter a whole number from 0 to ${most}.`);
      return;
    }
    const setId = uuidv7(); // the moment the set was done, which the API orders sets and times rests by
    setState((current) => current && {
      ...current,
      sets: [...current.sets, { id: setId, exerciseId: next.exerciseId }],
      restEndsAt: Date.now() + next.target.restSeconds * 1000,
    });
    await record({
      setId,
      liveId,
      exerciseId: next.exerciseId,
      exercise: next.slug,
      reps: isHold ? null : value,
      holdSeconds: isHold ? value : null,
    });
  }

  async function change(exercise: Schemas["SessionExerciseResponse"], body: Schemas["ChangeLiveExerciseCommand"], shown?: Schemas["ExerciseSummary"]) {
    if (!liveId) return;
    const { data, error } = await api.PUT("/v1/live/{id}/changes/{exercise}", {
      params: { path: { id: liveId, exercise: exercise.slug } },
      body,
    });
    if (!data) {
      setProblem(problemText(error, "That change was not made."));
      return;
    }
    setProblem(null);
    setSwapping(null);
    setState((current) => current && merged(current, data, {
      replacements: shown ? { ...current.replacements, [shown.id]: { slug: shown.slug, name: shown.name } } : current.replacements,
    }));
  }

  async function offerSwap(exercise: Schemas["SessionExerciseResponse"]) {
    const { data } = await api.GET("/v1/exercises", {
      params: { query: { pattern: exercise.pattern, myEquipment: true, limit: 50 } },
    });
    setSwapping((data?.items ?? []).filter((e) => e.id !== exercise.exerciseId && !e.retired));
  }

  async function finish() {
    if (!liveId) return;
    await send(); // a set recorded a moment ago goes first: the API refuses sets for a finished workout
    if ((await waiting(liveId)).length > 0) {
      setProblem("Some sets have not been saved yet. Finish once they are.");
      return;
    }
    const { data, error } = await api.POST("/v1/live/{id}/finish", { params: { path: { id: liveId } }, body: { feeling } });
    if (!data) {
      setProblem(problemText(error, "The workout could not be finished."));
      return;
    }
    setState(null);
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
          <button type="button" class="secondary" onClick={() => setState((s) => s && { ...s, restEndsAt: null })}>Skip rest</button>
        </div>
      )}
      {next ? (
        <section class="next" aria-labelledby="next-set">
          <h2 id="next-set">{next.name}</h2>
          <p>Set {next.setNumber} of {next.sets}: {describeSet(next.target)}</p>
          <div class="field">
            <label for="amount">{next.target.reps != null ? "Reps done" : "Seconds held"}</label>
            <input
              id="amount"
              type="number"
              min={0}
              step={1}
              inputMode="numeric"
              value={amount}
              aria-invalid={amountError != null}
              aria-describedby={amountError ? "amount-error" : undefined}
              onInput={(e) => setAmount((e.target as HTMLInputElement).value)}
            />
            {amountError && <p class="field-error" id="amount-error">{amountError}</p>}
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
        <button type="button" disabled={!online || setsDone === 0} onClick={finish}>Finish workout</button>
        {pending.length > 0 && <p class="hint">Finishing sends the waiting sets first.</p>}
      </section>
    </Page>
  );
}
