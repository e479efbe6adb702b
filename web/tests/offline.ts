// A live session with the network cut in the middle: sets recorded offline wait in the outbox (the screen says how many),
// survive a reload served by the service worker, and reach the API once the network is back under the ids they were made
// with, so the API has each set exactly once.
import { v7 as uuidv7 } from "uuid";
import { apiGet, check, checkScreen, eventually, launch, phone, screenshot, signUpWithPlan, watchErrors, withEvidence } from "./browser.ts";

const browser = await launch();
try {
  const context = await browser.newContext({ viewport: phone });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await withEvidence(page, "offline", async () => {
    await signUpWithPlan(page, `web-offline-${uuidv7()}@califlow.test`);
    // The service worker must control the page before the network goes, or nothing serves the reload.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await page.getByRole("link", { name: "Today's workout" }).first().click();
    await page.getByRole("button", { name: "Start workout" }).click();
    await page.getByRole("heading", { name: "Live workout" }).waitFor();
    await page.getByRole("button", { name: "Record set" }).click();
    await eventually<{ sets: unknown[] }>(page, "/v1/live/current", (live) => live.sets.length === 1, "the first set reaches the API");
    await page.locator("[data-waiting='0']").waitFor();

    await context.setOffline(true);
    // Offline reaches the service worker's own requests too: with the worker controlling the page, an exercise's details it
    // never kept go through its network-first fetch, which fails.
    check(await page.evaluate(() => navigator.serviceWorker.controller !== null), "the service worker controls the page");
    const uncached = await page.evaluate(() => fetch("/v1/exercises/ring-row").then((r) => r.status, () => "failed"));
    check(uncached === "failed", `offline, the service worker cannot reach the API (${uncached})`);
    for (let set = 0; set < 2; set++) {
      await page.getByRole("button", { name: "Record set" }).click();
      await page.getByRole("button", { name: "Skip rest" }).click();
    }
    await page.getByText("2 sets waiting to sync (offline).").waitFor();
    check(await page.getByRole("button", { name: "Finish workout" }).isDisabled(), "no finishing while sets wait");
    await screenshot(page, "live-offline-phone");
    await checkScreen(page, "the live workout offline");

    // A reload without a network: the app comes from the service worker, the waiting sets from IndexedDB.
    const reloaded = await page.reload();
    check(reloaded?.fromServiceWorker(), "the page came from the service worker");
    await page.getByRole("heading", { name: "Live workout" }).waitFor();
    await page.getByText("2 sets waiting to sync (offline).").waitFor();
    check((await page.locator("[data-sets-done]").getAttribute("data-sets-done")) === "3", "the sets done survive the reload");
    // Today's workout and its cues, as the service worker kept them.
    await page.getByRole("link", { name: "Today" }).first().click();
    await page.locator(".exercise").first().waitFor();
    await page.locator(".cues li").first().waitFor();
    await page.getByRole("link", { name: "Live" }).click();
    await page.getByText("2 sets waiting to sync (offline).").waitFor();

    await context.setOffline(false);
    await page.getByText("All sets saved.").waitFor();
    const live = await apiGet<{ sets: { id: string }[] }>(page, "/v1/live/current");
    check(live.sets.length === 3, `the API has each of the 3 sets once (it has ${live.sets.length})`);
    check(new Set(live.sets.map((s) => s.id)).size === 3, "three different sets");

    // The sets sent again (as after an answer lost on the way) change nothing.
    const resent = await page.evaluate(async (id) => {
      const session = JSON.parse(localStorage.getItem("califlow.session")!) as { accessToken: string };
      const current = await (await fetch("/v1/live/current", { headers: { Authorization: `Bearer ${session.accessToken}` } })).json();
      const set = current.sets[1];
      const again = await fetch(`/v1/live/${id}/sets/${set.id}`, {
        method: "PUT",
        headers: { Authorization: `Bearer ${session.accessToken}`, "Content-Type": "application/json" },
        body: JSON.stringify({ exercise: set.exercise, reps: set.reps, holdSeconds: set.holdSeconds }),
      });
      return again.status;
    }, (await apiGet<{ id: string }>(page, "/v1/live/current")).id);
    check(resent === 200, `a set sent again is recognised (${resent})`);
    check((await apiGet<{ sets: unknown[] }>(page, "/v1/live/current")).sets.length === 3, "still 3 sets");

    await page.getByRole("button", { name: "Finish workout" }).click();
    await page.getByRole("heading", { name: "Progress" }).waitFor();
    check((await page.locator("[data-stat=workouts]").innerText()) === "1", "the workout counted once");
    check(errors.length === 0, `no script errors (${errors.join("; ")})`);
    console.log("offline passed");
  });
} finally {
  await browser.close();
}
