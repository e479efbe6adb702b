// What a live workout needs to go on without the network: its id, the session it follows, the sets done (the API's and
// those recorded here, sent or not), and when the rest ends (so the timer survives a reload). Kept in localStorage beside
// the outbox of unsent sets.
import type { Schemas } from "../api.ts";

export interface LiveState {
  id: string;
  session: Schemas["SessionResponse"] | null;
  sets: { id: string; exerciseId: string }[];
  changes: Schemas["SessionChange"][];
  /** The exercises swapped in today, by id: the session names only the ones it prescribes. */
  replacements: Record<string, { slug: string; name: string }>;
  restEndsAt: number | null;
}

const key = "califlow.live";

export function loadLive(): LiveState | null {
  const raw = localStorage.getItem(key);
  return raw ? (JSON.parse(raw) as LiveState) : null;
}

export function saveLive(state: LiveState | null): void {
  if (state) localStorage.setItem(key, JSON.stringify(state));
  else localStorage.removeItem(key);
}

/** The API's next set (`GET /live/{id}/next`, which also alternates a superset's members), in the shape the screen shows. */
export function nextFromApi(state: LiveState, answer: Schemas["NextSetResponse"]): NextSet | null {
  const next = answer.next;
  if (!next) return null;
  const prescribed = state.session?.exercises.find((e) => e.exerciseId === next.prescribedExerciseId);
  return {
    exerciseId: next.exerciseId,
    slug: next.exercise,
    name: next.name,
    setNumber: next.setNumber,
    sets: next.sets,
    target: {
      reps: next.reps,
      holdSeconds: next.holdSeconds,
      targetRpe: next.targetRpe,
      tempo: next.tempo,
      restSeconds: prescribed?.sets[next.setNumber - 1]?.restSeconds ?? prescribed?.sets[0]?.restSeconds ?? 90,
    },
  };
}

export interface NextSet {
  exerciseId: string;
  slug: string;
  name: string;
  setNumber: number;
  sets: number;
  target: Schemas["PrescribedSet"];
}

/** The API's sets and the ones recorded here that it does not have yet, once each. */
export function mergeSets(state: LiveState, fromApi: Schemas["LiveSetResponse"][]): LiveState["sets"] {
  const known = new Set(fromApi.map((s) => s.id));
  return [...fromApi.map((s) => ({ id: s.id, exerciseId: s.exerciseId })), ...state.sets.filter((s) => !known.has(s.id))];
}

/**
 * The next prescribed set from the session and the sets done so far: the session's exercises in
 * order, set after set, a skipped exercise left out and a swapped one counted under its replacement. The API's
 * `GET /live/{id}/next` answers the same when it can be asked (and alternates a superset's members); this is for offline.
 */
export function nextSet(state: LiveState): NextSet | null {
  if (!state.session) return null;
  const done = state.sets.map((s) => s.exerciseId);
  for (const exercise of [...state.session.exercises].sort((a, b) => a.order - b.order)) {
    const change = state.changes.find((c) => c.exerciseId === exercise.exerciseId);
    if (change?.kind === "skip") continue;
    const exerciseId = change?.kind === "swap" && change.replacementId ? change.replacementId : exercise.exerciseId;
    const count = done.filter((id) => id === exerciseId).length;
    if (count < exercise.sets.length) {
      const shown = state.replacements[exerciseId] ?? exercise;
      return {
        exerciseId,
        slug: shown.slug,
        name: shown.name,
        setNumber: count + 1,
        sets: exercise.sets.length,
        target: exercise.sets[count],
      };
    }
  }
  return null;
}
