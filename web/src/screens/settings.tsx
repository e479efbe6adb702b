// Settings: units, tokens for other apps, the calendar link, exports, and deleting the account.
import { useEffect, useState } from "preact/hooks";
import { api, fieldErrors, problemText, signOut, type FieldErrors, type Schemas } from "../api.ts";
import { forgetDeviceData } from "../device.ts";
import { Field, Page, Problem, words } from "../ui.tsx";

const scopes = ["plans:read", "library:read", "logs:read", "logs:write", "metrics:read", "metrics:write", "coach:chat"];

function download(blob: Blob, name: string) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function Units() {
  const [units, setUnits] = useState<Schemas["UnitSystem"] | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void api.GET("/v1/me").then(({ data }) => setUnits(data?.profile.unitSystem ?? null));
  }, []);
  async function choose(value: Schemas["UnitSystem"]) {
    setUnits(value);
    const { response } = await api.PATCH("/v1/me/profile", { body: { unitSystem: value } });
    setSaved(response.ok);
  }
  return (
    <fieldset>
      <legend>Units</legend>
      {(["metric", "imperial"] as const).map((value) => (
        <label class="choice" key={value}>
          <input type="radio" name="units" checked={units === value} onChange={() => choose(value)} />
          {words(value)}
        </label>
      ))}
      {saved && <p role="status" class="hint">Saved.</p>}
    </fieldset>
  );
}

function Tokens() {
  const [tokens, setTokens] = useState<Schemas["AccessTokenResponse"][]>([]);
  const [name, setName] = useState("");
  const [chosen, setChosen] = useState<string[]>(["logs:read"]);
  const [password, setPassword] = useState("");
  const [created, setCreated] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const load = () => void api.GET("/v1/me/tokens").then(({ data }) => setTokens(data ?? []));
  useEffect(load, []);

  async function create(event: Event) {
    event.preventDefault();
    const { data, error, response } = await api.POST("/v1/me/tokens", { body: { name, scopes: chosen, currentPassword: password } });
    setErrors(fieldErrors(error));
    setProblem(data ? null : response.status === 400 ? "Please check the fields below." : problemText(error));
    if (data) {
      setCreated(data.token);
      setName("");
      setPassword("");
      load();
    }
  }

  async function revoke(id: string) {
    await api.DELETE("/v1/me/tokens/{id}", { params: { path: { id } } });
    load();
  }

  return (
    <section aria-labelledby="tokens">
      <h2 id="tokens">Tokens for other apps</h2>
      <ul>
        {tokens.map((t) => (
          <li key={t.id}>
            <strong>{t.name}</strong> ({t.scopes.join(", ")}) <span class="muted">…{t.hint}</span>{" "}
            <button type="button" class="link" onClick={() => revoke(t.id)}>Revoke {t.name}</button>
          </li>
        ))}
      </ul>
      {created && <p role="status">Your new token (shown once): <code class="token">{created}</code></p>}
      <form onSubmit={create} noValidate>
        <Problem text={problem} />
        <Field name="name" label="Token name" value={name} onInput={setName} errors={errors} />
        <fieldset>
          <legend>What it may do</legend>
          {scopes.map((scope) => (
            <label class="choice" key={scope}>
              <input type="checkbox" checked={chosen.includes(scope)} onChange={() => setChosen(chosen.includes(scope) ? chosen.filter((s) => s !== scope) : [...chosen, scope])} />
              {scope}
            </label>
          ))}
        </fieldset>
        <Field name="currentPassword" id="token-password" label="Your password" type="password" value={password} onInput={setPassword} errors={errors} autoComplete="current-password" />
        <button type="submit">Create token</button>
      </form>
    </section>
  );
}

function Calendar() {
  const [feed, setFeed] = useState<Schemas["CalendarFeedResponse"] | null>(null);
  async function make() {
    const { data } = await api.POST("/v1/calendar/feed");
    setFeed(data ?? null);
  }
  async function stop() {
    await api.DELETE("/v1/calendar/feed");
    setFeed(null);
  }
  return (
    <section aria-labelledby="calendar">
      <h2 id="calendar">Calendar</h2>
      <p class="hint">Your plan's sessions in any calendar app. Making a new link ends the old one.</p>
      {feed && <p><a href={feed.webcalUrl}>Subscribe in your calendar</a> · <code class="token">{feed.url}</code></p>}
      <div class="actions">
        <button type="button" class="secondary" onClick={make}>{feed ? "Make a new link" : "Make a calendar link"}</button>
        {feed && <button type="button" class="secondary" onClick={stop}>Stop the calendar link</button>}
      </div>
    </section>
  );
}

function Exports() {
  async function json() {
    const { data } = await api.GET("/v1/me/export", { parseAs: "blob" });
    if (data) download(data as Blob, "califlow-export.json");
  }
  async function csv() {
    const { data } = await api.GET("/v1/exports/workouts.csv", { parseAs: "blob" });
    if (data) download(data as Blob, "califlow-workouts.csv");
  }
  return (
    <section aria-labelledby="exports">
      <h2 id="exports">Your data</h2>
      <div class="actions">
        <button type="button" class="secondary" onClick={json}>Download everything (JSON)</button>
        <button type="button" class="secondary" onClick={csv}>Download workouts (CSV)</button>
      </div>
    </section>
  );
}

function DeleteAccount() {
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  async function remove(event: Event) {
    event.preventDefault();
    if (!confirm("Delete your account and everything in it? This cannot be undone.")) return;
    const { error, response } = await api.DELETE("/v1/me", { body: { currentPassword: password } });
    if (response.ok) {
      await forgetDeviceData();
      await signOut();
      return;
    }
    setErrors(fieldErrors(error));
    setProblem(response.status === 400 ? "Please check the field below." : problemText(error));
  }
  return (
    <section aria-labelledby="delete">
      <h2 id="delete">Delete account</h2>
      <form onSubmit={remove} noValidate>
        <Problem text={problem} />
        <Field name="currentPassword" label="Your password" type="password" value={password} onInput={setPassword} errors={errors} autoComplete="current-password" />
        <button type="submit" class="danger">Delete my account</button>
      </form>
    </section>
  );
}

export function SettingsScreen() {
  return (
    <Page title="Settings">
      <Units />
      <Tokens />
      <Calendar />
      <Exports />
      <DeleteAccount />
    </Page>
  );
}
