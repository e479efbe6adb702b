// A real MCP client (the official TypeScript SDK) against CaliFlow's /mcp, signed in with personal access tokens:
// list the tools, call read tools, call write tools, and see a token refused outside its scopes. Every step asserts;
// the first failure ends the run with a non-zero exit code. The C# test that runs it checks the database afterwards.
import assert from "node:assert/strict";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

const baseUrl = required("CALIFLOW_BASE_URL");
const fullToken = required("CALIFLOW_TOKEN");
const readOnlyToken = required("CALIFLOW_READ_ONLY_TOKEN");

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

async function connect(token: string | null): Promise<Client> {
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  const transport = new StreamableHTTPClientTransport(new URL("/mcp", baseUrl), { requestInit: { headers } });
  const client = new Client({ name: "califlow-journey", version: "1.0.0" });
  await client.connect(transport);
  return client;
}

async function call(client: Client, name: string, args: Record<string, unknown> = {}): Promise<{ text: string; isError: boolean }> {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  const text = result.content.map((block) => (block.type === "text" ? block.text : "")).join("");
  return { text, isError: result.isError === true };
}

async function succeeds(client: Client, name: string, args: Record<string, unknown> = {}): Promise<string> {
  const { text, isError } = await call(client, name, args);
  assert.equal(isError, false, `${name} failed: ${text}`);
  return text;
}

// Without a token the server answers 401 before any MCP message.
await assert.rejects(connect(null), /401/);

const assistant = await connect(fullToken);
const { tools } = await assistant.listTools();
const byName = new Map(tools.map((tool) => [tool.name, tool]));
for (const name of ["get_today_workout", "get_plan_week", "search_exercises", "get_progression_path", "log_workout", "start_workout",
  "log_set", "finish_workout", "record_body_weight", "get_progress", "get_recent_workouts", "ask_coach"]) {
  assert.ok(byName.has(name), `tool ${name} is listed`);
  const annotations = byName.get(name)!.annotations;
  assert.equal(typeof annotations?.readOnlyHint, "boolean", `${name} says whether it is read-only`);
  assert.equal(typeof annotations?.destructiveHint, "boolean", `${name} says whether it is destructive`);
}
assert.equal(byName.get("get_today_workout")!.annotations!.readOnlyHint, true);
assert.equal(byName.get("log_workout")!.annotations!.readOnlyHint, false);
assert.ok(!JSON.stringify(byName.get("log_workout")!.inputSchema).includes("userId"), "no tool takes a user id");

// Read tools answer the same JSON as the HTTP API.
const today = JSON.parse(await succeeds(assistant, "get_today_workout"));
assert.ok(today.session, "today's workout has a session");
const library = JSON.parse(await succeeds(assistant, "search_exercises", { search: "pull" }));
assert.ok(library.items.length > 0, "the library finds pull exercises");
const path = JSON.parse(await succeeds(assistant, "get_progression_path", { from: "push-up", to: "one-arm-push-up" }));
assert.ok(path.steps.length > 2, "a path has steps");
const week = JSON.parse(await succeeds(assistant, "get_plan_week", { week: 1 }));
assert.equal(week.week, 1);
assert.ok(week.sessions.length > 0, "week 1 has sessions");

// Write tools: a whole workout, then a set at a time in a live workout, then body weight.
const logged = JSON.parse(await succeeds(assistant, "log_workout", {
  exercises: [{ exercise: "push-up", sets: [{ reps: 12 }, { reps: 10 }] }],
  durationMinutes: 20,
}));
assert.equal(logged.exercises[0].sets.length, 2);
const workout = JSON.parse(await succeeds(assistant, "start_workout"));
await succeeds(assistant, "log_set", { workoutId: workout.id, exercise: "pull-up", reps: 6 });
await succeeds(assistant, "log_set", { workoutId: workout.id, exercise: "pull-up", reps: 5 });
const finished = JSON.parse(await succeeds(assistant, "finish_workout", { workoutId: workout.id }));
assert.equal(finished.exercises[0].sets.length, 2);
await succeeds(assistant, "record_body_weight", { weightKg: 71.5 });
const recent = JSON.parse(await succeeds(assistant, "get_recent_workouts", { limit: 5 }));
assert.equal(recent.items.length, 2);
const progress = JSON.parse(await succeeds(assistant, "get_progress"));
assert.equal(progress.workouts, 2);
const answer = await succeeds(assistant, "ask_coach", { question: "What is my streak?" });
assert.ok(answer.length > 0, "the coach answers");

// Bad input is the tool's error, with the API's field message, not a crash.
const invalid = await call(assistant, "log_workout", { exercises: [] });
assert.equal(invalid.isError, true);
assert.match(invalid.text, /Exercises/i);

// A token without the scope is refused by the server, whatever the assistant tries.
const reader = await connect(readOnlyToken);
const refused = await call(reader, "log_workout", { exercises: [{ exercise: "push-up", sets: [{ reps: 1 }] }] });
assert.equal(refused.isError, true);
assert.match(refused.text, /logs:write/);
const coach = await call(reader, "ask_coach", { question: "How do I get my first pull-up?" });
assert.equal(coach.isError, true);
assert.match(coach.text, /coach:chat/);
await succeeds(reader, "get_recent_workouts");

await assistant.close();
await reader.close();
console.log("journey passed");
