// What every browser test shares: Debian's Chromium driven by playwright-core (no browser download), the API's address,
// screenshots under CALIFLOW_SCREENSHOTS, and signing a new user up through the screens.
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const baseUrl = process.env.CALIFLOW_BASE_URL ?? "http://localhost:5080";
const screenshots = process.env.CALIFLOW_SCREENSHOTS;

export const phone = { width: 360, height: 800 }; // the narrowest phone the app is laid out for
export const desktop = { width: 1280, height: 800 };

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    // This machine's network is closed: Chromium's own background connections would only fail, many at a time.
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  if (!screenshots) return;
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * The screen as it is now, at its width: no WCAG 2 A/AA violation axe-core finds (labels, contrast, names, landmarks), and
 * nothing wider than the viewport.
 */
export async function checkScreen(page: Page, screen: string): Promise<void> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
  check(violations.length === 0, `${screen} is accessible: ${violations.join("; ")}`);
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  check(scrollWidth <= innerWidth, `${screen} fits ${innerWidth} px (it is ${scrollWidth} px wide)`);
}

export function check(condition: unknown, step: string): asserts condition {
  if (!condition) throw new Error(`failed at: ${step}`);
}

/**
 * Fails the test on any error the page's scripts throw or log, and on any answer of the API's that is a server error, so a
 * broken screen cannot pass by showing nothing.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("response", (response) => {
    if (response.status() >= 500) errors.push(`${response.status()} from ${response.url()}`);
  });
  page.on("console", (message) => {
    // The browser itself logs every answer of 400 or more (a 404 for "no plan yet" is an answer the app expects) and,
    // offline, each request the network refused: neither is the app's error.
    const text = message.text();
    if (message.type() === "error" && !text.startsWith("Failed to load resource") && !text.includes("ERR_INTERNET_DISCONNECTED")) {
      errors.push(text);
    }
  });
  return errors;
}

/** Runs a test's steps; when one fails, its screenshot and the screen's text go with the error, to see what went wrong. */
export async function withEvidence(page: Page, name: string, steps: () => Promise<void>): Promise<void> {
  try {
    await steps();
  } catch (error) {
    await screenshot(page, `${name}-failure`).catch(() => undefined);
    const text = await page.locator("body").innerText({ timeout: 2000 }).catch(() => "(no page)");
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- the screen at that moment (${page.url()}):\n${text}`);
  }
}

/** A new user through the screens: sign up, the profile wizard, and the plan it makes. */
export async function signUpWithPlan(page: Page, email: string): Promise<void> {
  await page.goto(`${baseUrl}/app/`);
  await page.getByRole("heading", { name: "Sign in" }).waitFor();
  await page.getByRole("link", { name: "Create an account" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("Browser-pass-2026");
  await page.getByRole("button", { name: "Create account" }).click();

  await page.getByRole("heading", { name: "Your training profile" }).waitFor();
  await page.getByLabel("Beginner").check();
  await page.getByLabel("Strength").check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Pull up bar").check();
  await page.getByLabel("Wall").check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Training days a week").fill("3");
  await page.getByLabel("Minutes a session").fill("45");
  await page.getByRole("button", { name: "Save and make my plan" }).click();
  await page.getByRole("heading", { name: "Your 12-week plan" }).waitFor();
}

/** The signed-in user's access token, to ask the API directly what the screens did. */
export async function accessToken(page: Page): Promise<string> {
  const session = await page.evaluate(() => localStorage.getItem("califlow.session"));
  check(session, "a signed-in session is kept");
  return (JSON.parse(session) as { accessToken: string }).accessToken;
}

/** Waits (up to 20 s) until the API's answer satisfies the condition; returns that answer. */
export async function eventually<T>(page: Page, path: string, done: (value: T) => boolean, step: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await apiGet<T>(page, path);
    if (done(value)) return value;
    check(Date.now() < deadline, step);
    await page.waitForTimeout(200);
  }
}

export async function apiGet<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`${baseUrl}${path}`, { headers: { Authorization: `Bearer ${await accessToken(page)}` } });
  check(response.ok(), `GET ${path} answered ${response.status()}`);
  return (await response.json()) as T;
}
