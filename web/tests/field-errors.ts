// Invalid input shows the API's own field error beside its field (RFC 9457 `errors`), marked for screen readers; the
// forgotten-password screen answers without telling whether an address has an account.
import { v7 as uuidv7 } from "uuid";
import { baseUrl, check, checkScreen, launch, phone, screenshot, watchErrors, withEvidence } from "./browser.ts";

const browser = await launch();
try {
  const page = await browser.newPage({ viewport: phone });
  const errors = watchErrors(page);
  await withEvidence(page, "field-errors", async () => {
    await page.goto(`${baseUrl}/app/#/sign-up`);
    await page.getByLabel("Email").fill(`web-fields-${uuidv7()}@califlow.test`);
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();

    const message = page.locator("[data-field-error=password]");
    await message.waitFor();
    const shown = await message.innerText();
    check(shown.length > 0, "the password's error is shown");
    const password = page.getByLabel("Password");
    check((await password.getAttribute("aria-invalid")) === "true", "the field is marked invalid");
    check((await password.getAttribute("aria-describedby"))?.includes("field-password-error"), "the error describes the field");
    check((await page.locator("[data-field-error]").count()) === 1, "only the password is in error");
    await screenshot(page, "sign-up-error-phone");
    await checkScreen(page, "sign-up with an error");
    check(errors.length === 0, `no script errors (${errors.join("; ")})`);
    // The forgotten password: the same answer whether or not the address has an account.
    await page.getByRole("link", { name: "Sign in" }).click();
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await page.getByLabel("Email").fill(`nobody-${uuidv7()}@califlow.test`);
    await page.getByRole("button", { name: "Send me a link" }).click();
    await page.getByText("If that address has an account, a link to choose a new password is on its way.").waitFor();
    console.log(`field errors passed: "${shown}"`);
  });
} finally {
  await browser.close();
}
