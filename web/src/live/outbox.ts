// Sets recorded in a live workout wait here (IndexedDB) until the API has them. Each keeps the UUIDv7 the app made when the
// set was done, and the API stores a set once per id, so sending one again after a lost answer never doubles it.
import { openDB, type DBSchema } from "idb";
import { api } from "../api.ts";

export interface PendingSet {
  setId: string;
  liveId: string;
  exerciseId: string;
  exercise: string;
  reps: number | null;
  holdSeconds: number | null;
}

interface OutboxSchema extends DBSchema {
  sets: { key: string; value: PendingSet; indexes: { byLive: string } };
}

const database = openDB<OutboxSchema>("califlow", 1, {
  upgrade(db) {
    db.createObjectStore("sets", { keyPath: "setId" }).createIndex("byLive", "liveId");
  },
});

/** Fired whenever the waiting sets change. */
export const outboxChanged = "califlow:outbox";
/** Fired with the set (as `detail`) when the API refuses one for good: it is no longer waiting, and was not stored. */
export const setRefused = "califlow:set-refused";

export async function waiting(liveId: string): Promise<PendingSet[]> {
  // UUIDv7 ids sort in the order the sets were done.
  return (await (await database).getAllFromIndex("sets", "byLive", liveId)).sort((a, b) => a.setId.localeCompare(b.setId));
}

export async function record(set: PendingSet): Promise<void> {
  await (await database).put("sets", set);
  window.dispatchEvent(new Event(outboxChanged));
  void send();
}

let sending: Promise<void> | null = null;

/**
 * Sends what waits, oldest first, reading the store again after each set so that one recorded meanwhile goes too; stops at
 * the first set the network does not take, to try again when it is back.
 */
export function send(): Promise<void> {
  sending ??= (async () => {
    try {
      const db = await database;
      for (;;) {
        const [oldest] = (await db.getAll("sets")).sort((a, b) => a.setId.localeCompare(b.setId));
        if (!oldest) return;
        const answer = await api
          .PUT("/v1/live/{id}/sets/{setId}", {
            params: { path: { id: oldest.liveId, setId: oldest.setId } },
            body: { exercise: oldest.exercise, reps: oldest.reps, holdSeconds: oldest.holdSeconds },
          })
          .catch(() => null); // offline: the fetch itself failed
        const status = answer?.response.status ?? 0;
        if (status === 0 || status >= 500 || status === 429 || status === 401) return;
        await db.delete("sets", oldest.setId);
        if (!answer?.response.ok) {
          // Refused for good (the workout was finished or abandoned elsewhere, or the set is invalid): not resent.
          window.dispatchEvent(new CustomEvent<PendingSet>(setRefused, { detail: oldest }));
        }
        window.dispatchEvent(new Event(outboxChanged));
      }
    } finally {
      sending = null;
    }
  })();
  return sending;
}

/** Forgets every waiting set: when the device is handed to another account. */
export async function forgetAll(): Promise<void> {
  await (await database).clear("sets");
  window.dispatchEvent(new Event(outboxChanged));
}

window.addEventListener("online", () => void send());
