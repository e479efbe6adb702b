// What this device keeps of an account: the live workout, its unsent sets and the service worker's copies of answers. It
// belongs to one account; when another signs in here, or the user signs out on purpose, it goes.
import { forgetAll, waiting } from "./live/outbox.ts";
import { loadLive, saveLive } from "./live/state.ts";

const ownerKey = "califlow.owner";

export async function forgetDeviceData(): Promise<void> {
  saveLive(null);
  await forgetAll();
  if ("caches" in window) await caches.delete("califlow-api");
  localStorage.removeItem(ownerKey);
}

/**
 * Called once signed in: another account's workout and sets are not this one's to send. Data of no known owner (kept before
 * owners were recorded) goes too: it cannot be told apart from another account's.
 */
export async function claimDevice(userId: string): Promise<void> {
  const owner = localStorage.getItem(ownerKey);
  if (owner !== userId && (owner !== null || loadLive() !== null)) await forgetDeviceData();
  localStorage.setItem(ownerKey, userId);
}

/** How many sets would be lost by signing out now. */
export async function unsentSets(): Promise<number> {
  const live = loadLive();
  return live ? (await waiting(live.id)).length : 0;
}
