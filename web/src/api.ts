// The generated client (openapi-typescript types from the committed openapi/v1.json, openapi-fetch) with the signed-in
// user's bearer token. Every call the app makes goes through `api`: no hand-written fetch of the API.
import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "./schema.d.ts";

export type Schemas = components["schemas"];
export type FieldErrors = Record<string, string[]>;

const sessionKey = "califlow.session";
// Tokens are renewed this long before they run out, so a request never leaves with one that dies on the way.
const renewAhead = 60_000;

interface StoredSession {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
}

export const api = createClient<paths>({ baseUrl: location.origin });
// Renewal goes through a client of its own: the middleware below would otherwise wait on the renewal it is running.
const auth = createClient<paths>({ baseUrl: location.origin });

let renewal: Promise<StoredSession | null> | null = null;

function stored(): StoredSession | null {
  const raw = localStorage.getItem(sessionKey);
  return raw ? (JSON.parse(raw) as StoredSession) : null;
}

export function isSignedIn(): boolean {
  return stored() !== null;
}

export function keepTokens(tokens: Schemas["TokenResponse"]): void {
  const session: StoredSession = {
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    expiresAt: Date.now() + tokens.expiresIn * 1000,
  };
  localStorage.setItem(sessionKey, JSON.stringify(session));
}

/** Ends the session here and on the server; what the device keeps of the account goes with `forgetDeviceData`. */
export async function signOut(): Promise<void> {
  const session = stored();
  if (session && navigator.onLine) {
    await auth.POST("/v1/auth/logout", {
      body: { refreshToken: session.refreshToken },
      headers: { Authorization: `Bearer ${session.accessToken}` },
    }).catch(() => undefined);
  }
  localStorage.removeItem(sessionKey);
  // The service worker's copies of this user's answers must not be shown to the next one.
  if ("caches" in window) {
    await caches.delete("califlow-api");
  }
  window.dispatchEvent(new Event("califlow:signed-out"));
}

async function renew(): Promise<StoredSession | null> {
  const session = stored();
  if (!session) return null;
  const { data, response } = await auth.POST("/v1/auth/refresh", { body: { refreshToken: session.refreshToken } });
  if (data) {
    keepTokens(data);
    return stored();
  }
  if (response.status === 400 || response.status === 401) {
    await signOut(); // the session was ended (elsewhere, or it ran out): sign in again
  }
  return null; // 429 or 5xx: keep the session and try again later
}

/**
 * One renewal at a time across this browser's tabs: a refresh token is used once, and using it twice ends the session
 * (README, "Users"). Inside the lock the tokens are read again, since another tab may have renewed them already.
 */
function renewOnce(force: boolean): Promise<StoredSession | null> {
  renewal ??= (async () => {
    const inLock = async () => {
      const session = stored();
      if (!session) return null;
      if (!force && session.expiresAt - Date.now() > renewAhead) return session;
      return renew();
    };
    return "locks" in navigator ? navigator.locks.request("califlow-renewal", inLock) : inLock();
  })().finally(() => (renewal = null));
  return renewal;
}

async function currentAccessToken(): Promise<string | null> {
  const session = stored();
  if (!session) {
    return null;
  }
  if (session.expiresAt - Date.now() > renewAhead || !navigator.onLine) {
    return session.accessToken;
  }
  return (await renewOnce(false))?.accessToken ?? session.accessToken;
}

const bearer: Middleware = {
  async onRequest({ request }) {
    const token = await currentAccessToken();
    if (token) {
      request.headers.set("Authorization", `Bearer ${token}`);
    }
    return request;
  },
  async onResponse({ request, response }) {
    // A token refused although it was sent: renew it; if the session itself is over, renewing signs out.
    if (response.status === 401 && request.headers.has("Authorization") && stored()) {
      await renewOnce(true);
    }
    return response;
  },
};
api.use(bearer);

/** The field errors of an RFC 9457 validation problem (400), keyed by the request's field names. */
export function fieldErrors(error: unknown): FieldErrors {
  if (error && typeof error === "object" && "errors" in error && error.errors && typeof error.errors === "object") {
    return error.errors as FieldErrors;
  }
  return {};
}

/** A sentence for any problem the API answered with, for the top of a form. */
export function problemText(error: unknown, fallback = "Something went wrong. Please try again."): string {
  if (error && typeof error === "object") {
    const problem = error as { title?: string | null; detail?: string | null };
    return problem.detail ?? problem.title ?? fallback;
  }
  return fallback;
}
