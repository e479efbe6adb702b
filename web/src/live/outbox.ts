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

export const outboxChanged = "califlow:outbox";

function announce(): void {
  window.dispatchEvent(new Event(outboxChanged));
}

export async function waiting(liveId: string): Promise<PendingSet[]> {
  // UUIDv7 ids sort in the order the sets were done.
  return (await (await database).getAllFromIndex("sets", "byLive", liveId)).sort((a, b) => a.setId.localeCompare(b.setId));
}

export async function record(set: PendingSet): Promise<void> {
  await (await database).put("sets", set);
  announce();
  void send();
}

let sending: Promise<void> | null = null;

/** Sends what waits, oldest first; stops at the first set the network does not take, to try again when it is back. */
export function send(): Promise<void> {
  sending ??= (async () => {
    try {
      const db = await database;
      const all = (await db.getAll("sets")).sort((a, b) => a.setId.localeCompare(b.setId));
      for (const set of all) {
        const answer = await api
          .PUT("/v1/live/{id}/sets/{setId}", {
            params: { path: { id: set.liveId, setId: set.setId } },
            body: { exercise: set.exercise, reps: set.reps, holdSeconds: set.holdSeconds },
          })
          .catch(() => null); // offline: the fetch itself failed
        if (!answer || answer.response.status >= 500 || answer.response.status === 429 || answer.response.status === 401) {
          return;
        }
        // Stored (200/201), or refused for good (the workout was finished or abandoned elsewhere): either way not resent.
        await db.delete("sets", set.setId);
        announce();
      }
    } finally {
      sending = null;
    }
  })();
  return sending;
}

export async function forget(liveId: string): Promise<void> {
  const db = await database;
  for (const set of await db.getAllFromIndex("sets", "byLive", liveId)) {
    await db.delete("sets", set.setId);
  }
  announce();
}

window.addEventListener("online", () => void send());
