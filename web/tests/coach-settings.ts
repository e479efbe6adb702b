// The rest of a signed-in user's screens: the weekly check-in, a question to the coach with its reply streamed in, and
// settings (units, a token for another app shown once, the calendar link, the data export, deleting the account).
// Screenshots at phone and desktop width.
import { readFileSync } from "node:fs";
import { v7 as uuidv7 } from "uuid";
import { apiGet, baseUrl, check, checkScreen, desktop, launch, phone, screenshot, signUpWithPlan, watchErrors, withEvidence } from "./browser.ts";

const email = `web-settings-${uuidv7()}@califlow.test`;
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: phone });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await withEvidence(page, "coach-settings", async () => {
    await signUpWithPlan(page, email);

    await page.getByRole("link", { name: "Check-in" }).click();
    await page.getByRole("heading", { name: "Weekly check-in" }).waitFor();
    await checkScreen(page, "the check-in");
    await page.getByRole("group", { name: /^Soreness/ }).getByLabel("4").check();
    await page.getByRole("group", { name: /^Sleep/ }).getByLabel("2").check();
    await page.getByRole("button", { name: "Save check-in" }).click();
    await page.getByRole("heading", { name: "Check-in saved" }).waitFor();
    const checkIns = await apiGet<{ items: { soreness: number; sleep: number }[] }>(page, "/v1/check-ins");
    check(checkIns.items.length === 1 && checkIns.items[0].soreness === 4 && checkIns.items[0].sleep === 2, "the check-in reached the API");

    await page.getByRole("link", { name: "Coach" }).click();
    await page.getByLabel("Ask your coach").fill("How should I progress my push-ups?");
    await page.getByRole("button", { name: "Send" }).click();
    // The finished reply replaces the streaming one once the "done" event has come.
    const reply = page.locator(".message.assistant:not([data-streaming])");
    await reply.waitFor();
    check((await reply.innerText()).length > 20, "the coach's reply is shown");
    check((await page.locator(".message.user").count()) === 1, "the question is shown once");
    await screenshot(page, "coach-phone");
    await checkScreen(page, "the coach");

    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByLabel("Imperial").check();
    await page.getByText("Saved.").waitFor();
    check((await apiGet<{ profile: { unitSystem: string } }>(page, "/v1/me")).profile.unitSystem === "imperial", "the units were saved");
    await page.getByLabel("Token name").fill("My watch");
    await page.locator("#token-password").fill("Browser-pass-2026");
    await page.getByRole("button", { name: "Create token" }).click();
    await page.getByText("Your new token (shown once):").waitFor();
    await page.getByRole("button", { name: "Revoke My watch" }).waitFor();
    await page.getByRole("button", { name: "Make a calendar link" }).click();
    await page.getByRole("link", { name: "Subscribe in your calendar" }).waitFor();
    await screenshot(page, "settings-phone");
    await checkScreen(page, "settings");
    await page.setViewportSize(desktop);
    await screenshot(page, "settings-desktop");
    await checkScreen(page, "settings at desktop width");

    // The data export downloads as a file.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download everything (JSON)" }).click(),
    ]);
    check(download.suggestedFilename() === "califlow-export.json", "the export is named");
    const exported = JSON.parse(readFileSync((await download.path())!, "utf8")) as { sections: unknown };
    check(exported.sections, "the export holds the account's data");

    // Deleting the account, confirmed, signs out; the account no longer signs in.
    page.once("dialog", (dialog) => void dialog.accept());
    await page.locator("#field-currentPassword").fill("Browser-pass-2026");
    await page.getByRole("button", { name: "Delete my account" }).click();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    const signIn = await page.request.post(`${baseUrl}/v1/auth/login`, { data: { email, password: "Browser-pass-2026" } });
    check(signIn.status() === 401, `a deleted account does not sign in (${signIn.status()})`);

    check(errors.length === 0, `no script errors (${errors.join("; ")})`);
    console.log("coach and settings passed");
  });
} finally {
  await browser.close();
}
