// A new user's whole first session in the browser: sign up, the profile wizard, the 12-week plan (blocks and deloads),
// today's workout with its cues, a live session (swap the first exercise, record every set, the rest timer kept across a
// reload, skip the last exercise), finish, and the workout in the stats, the chart and the achievements. Screenshots of
// each main screen at phone and desktop width.
import { v7 as uuidv7 } from "uuid";
import { apiGet, baseUrl, check, checkScreen, desktop, launch, phone, screenshot, signUpWithPlan, watchErrors, withEvidence } from "./browser.ts";

const browser = await launch();
try {
  const context = await browser.newContext({ viewport: phone });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await withEvidence(page, "journey", async () => {
    await signUpWithPlan(page, `web-journey-${uuidv7()}@califlow.test`);

    // The plan: twelve weeks in blocks, with deload weeks marked.
    check((await page.locator(".week").count()) === 12, "the plan shows 12 weeks");
    check((await page.locator(".week.deload").count()) >= 1, "the plan marks its deload weeks");
    check((await page.locator(".block").count()) >= 2, "the plan shows its blocks");
    await screenshot(page, "plan-phone");
    await checkScreen(page, "the plan");

    // Today's workout with its cues.
    await page.getByRole("link", { name: "Today's workout" }).first().click();
    await page.locator(".exercise").first().waitFor();
    await page.locator(".cues li").first().waitFor();
    const prescribed = await page.locator(".exercise").count();
    check(prescribed >= 2, "today's workout has exercises");
    const lastExercise = await page.locator(".exercise h3").last().innerText();
    await screenshot(page, "today-phone");
    await checkScreen(page, "today's workout");

    // Live: swap the first exercise for another of its pattern.
    await page.getByRole("button", { name: "Start workout" }).click();
    await page.getByRole("heading", { name: "Live workout" }).waitFor();
    const first = await page.locator("#next-set").innerText();
    await page.getByRole("button", { name: "Swap exercise" }).click();
    const options = page.locator(".choice-button");
    await options.first().waitFor();
    const replacement = await options.first().innerText();
    await options.first().click();
    await page.locator("#next-set", { hasText: replacement }).waitFor();
    check(replacement !== first, "the swap shows the replacement");

    // One set, then a reload: the rest timer goes on where it was.
    await page.getByRole("button", { name: "Record set" }).click();
    await page.getByRole("timer").waitFor();
    await screenshot(page, "live-phone");
    await checkScreen(page, "the live workout");
    await page.reload();
    await page.getByRole("timer").waitFor();
    check((await page.locator("[data-sets-done]").getAttribute("data-sets-done")) === "1", "a reload keeps the set done");
    await page.getByRole("button", { name: "Skip rest" }).click();

    // Every set but the last exercise's, which is skipped.
    let recorded = 1;
    for (let guard = 0; guard < 60 && !(await page.getByText("Every planned set is done.").isVisible()); guard++) {
      const name = await page.locator("#next-set").innerText();
      if (name === lastExercise) {
        await page.getByRole("button", { name: "Skip exercise" }).click();
        await page.locator("#next-set", { hasText: name }).waitFor({ state: "detached" });
        continue;
      }
      await page.getByRole("button", { name: "Record set" }).click();
      recorded++;
      const skipRest = page.getByRole("button", { name: "Skip rest" });
      if (await skipRest.isVisible()) await skipRest.click(); // a superset's first member has no rest before its partner
    }
    await page.getByText("Every planned set is done.").waitFor();
    await page.getByText("All sets saved.").waitFor();
    const live = await apiGet<{ sets: { id: string }[]; changes: { kind: string }[] }>(page, "/v1/live/current");
    check(live.sets.length === recorded, `the API has the ${recorded} sets recorded (it has ${live.sets.length})`);
    check(live.changes.some((c) => c.kind === "swap") && live.changes.some((c) => c.kind === "skip"), "the swap and the skip reached the API");

    await page.getByLabel("How did it feel?").selectOption("great");
    await page.getByRole("button", { name: "Finish workout" }).click();

    // Progress: the workout counted, the chart drawn, the first achievement.
    await page.getByRole("heading", { name: "Progress" }).waitFor();
    check((await page.locator("[data-stat=workouts]").innerText()) === "1", "the stats count the workout");
    const chart = page.getByRole("img", { name: "Sets a week by movement pattern" });
    await chart.waitFor();
    check(await chart.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), "the weekly volume chart is drawn");
    for (let attempt = 0; attempt < 40 && !(await page.locator("[data-achievement=first-workout]").isVisible()); attempt++) {
      await page.waitForTimeout(500);
      await page.reload(); // achievements arrive through the outbox, a moment after the log
      await page.getByRole("heading", { name: "Progress" }).waitFor();
    }
    await page.locator("[data-achievement=first-workout]").waitFor({ timeout: 1000 });
    await screenshot(page, "progress-phone");
    await checkScreen(page, "progress");

    // The same screens at desktop width.
    await page.setViewportSize(desktop);
    await screenshot(page, "progress-desktop");
    for (const [route, heading] of [["plan", "Your 12-week plan"], ["today", "Today's workout"]] as const) {
      await page.goto(`${baseUrl}/app/#/${route}`);
      await page.getByRole("heading", { name: heading }).or(page.getByRole("heading", { name: /Next workout/ })).first().waitFor();
      await screenshot(page, `${route}-desktop`);
      await checkScreen(page, `${route} at desktop width`);
    }

    check(errors.length === 0, `no script errors (${errors.join("; ")})`);
    console.log(`journey passed: ${recorded} sets recorded, ${prescribed} exercises prescribed`);
  });
} finally {
  await browser.close();
}
