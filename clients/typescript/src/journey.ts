// A new user's first day, through the generated client only: register, sign in, set the profile, get a plan, read today's
// workout, log it with a client-made UUIDv7, and see it counted in the stats and the achievements. Run by the integration
// test TypeScriptClientTests against a real API (CALIFLOW_BASE_URL); exits non-zero at the first step that goes wrong.
import createClient, { type Middleware } from "openapi-fetch";
import { v7 as uuidv7 } from "uuid";
import type { paths } from "./api.js";

const baseUrl = process.env.CALIFLOW_BASE_URL;
if (!baseUrl) {
  throw new Error("CALIFLOW_BASE_URL is not set");
}

const client = createClient<paths>({ baseUrl });
let accessToken: string | undefined;
const bearer: Middleware = {
  onRequest({ request }) {
    if (accessToken) {
      request.headers.set("Authorization", `Bearer ${accessToken}`);
    }
    return request;
  },
};
client.use(bearer);

function check(condition: unknown, step: string): asserts condition {
  if (!condition) {
    throw new Error(`journey failed at: ${step}`);
  }
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, step: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (done(value)) {
      return value;
    }
    check(Date.now() < deadline, step);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const email = `journey-${uuidv7()}@califlow.test`;
const password = "Journey-pass-2026";

const registered = await client.POST("/v1/auth/register", { body: { email, password } });
check(registered.response.status === 202 || registered.response.ok, "register");

const signedIn = await client.POST("/v1/auth/login", { body: { email, password } });
check(signedIn.data?.accessToken, "sign in");
accessToken = signedIn.data.accessToken;

const profile = await client.PATCH("/v1/me/profile", {
  body: { level: "beginner", equipment: ["pull-up-bar", "wall"], trainingDaysPerWeek: 3, sessionMinutes: 45, timeZone: "UTC" },
});
check(profile.response.ok, "profile");

const plan = await client.POST("/v1/plans", { body: {} });
check(plan.response.status === 201 && plan.data?.id, "plan");

const today = await client.GET("/v1/workouts/today");
const session = today.data?.session;
check(session && session.exercises.length > 0, "today's workout");

const logId = uuidv7();
const logged = await client.POST("/v1/workout-logs", {
  body: {
    id: logId,
    sessionId: session.id,
    performedOn: today.data!.date,
    exercises: session.exercises.map((exercise) => ({
      exercise: exercise.slug,
      sets: exercise.sets.map((set) => (set.reps != null ? { reps: set.reps } : { holdSeconds: set.holdSeconds ?? 10 })),
    })),
  },
});
check(logged.response.status === 201 && logged.data?.id === logId, "log the workout with a client-made id");

const stats = await client.GET("/v1/stats");
check(stats.data?.workouts === 1, "stats count the workout");

const achievements = await eventually(
  () => client.GET("/v1/me/achievements"),
  (answer) => (answer.data?.unlocked ?? []).some((achievement) => achievement.code === "first-workout"),
  "achievements list the first workout",
);
check(achievements.data, "achievements");

console.log(`journey passed: ${email}, plan ${plan.data.id}, log ${logId}`);
