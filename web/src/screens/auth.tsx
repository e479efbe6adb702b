// Sign up, sign in and the forgotten password. Registering signs the user in at once and opens the profile wizard.
import { useState } from "preact/hooks";
import { api, fieldErrors, keepTokens, problemText, type FieldErrors } from "../api.ts";
import { claimDevice } from "../device.ts";
import { go } from "../router.ts";
import { Field, Page, Problem } from "../ui.tsx";

interface Outcome {
  problem: string | null;
  errors: FieldErrors;
}

async function signIn(email: string, password: string): Promise<Outcome> {
  const { data, error, response } = await api.POST("/v1/auth/login", { body: { email, password } });
  if (!data) {
    return response.status === 400
      ? { problem: "Please check the fields below.", errors: fieldErrors(error) }
      : { problem: problemText(error, "Those details did not sign you in."), errors: {} };
  }
  keepTokens(data);
  const me = await api.GET("/v1/me");
  if (me.data) await claimDevice(me.data.id);
  // Someone without a plan yet goes through the profile wizard, which ends by making one.
  const plan = await api.GET("/v1/plans/current");
  go(plan.data ? "today" : "profile");
  return { problem: null, errors: {} };
}

export function SignIn() {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    const outcome = await signIn(email, password);
    setProblem(outcome.problem);
    setErrors(outcome.errors);
    setBusy(false);
  }

  return (
    <Page title="Sign in">
      <form onSubmit={submit} noValidate>
        <Problem text={problem} />
        <Field name="email" label="Email" type="email" value={email} onInput={setEmail} errors={errors} autoComplete="email" required />
        <Field name="password" label="Password" type="password" value={password} onInput={setPassword} errors={errors} autoComplete="current-password" required />
        <button type="submit" disabled={busy}>Sign in</button>
      </form>
      <p><a href="#/sign-up">Create an account</a> · <a href="#/forgot-password">Forgot your password?</a></p>
    </Page>
  );
}

export function SignUp() {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    const { response, error } = await api.POST("/v1/auth/register", { body: { email, password } });
    if (response.status === 400) {
      setErrors(fieldErrors(error));
      setProblem("Please check the fields below.");
    } else if (!response.ok) {
      setErrors({});
      setProblem(problemText(error));
    } else {
      const outcome = await signIn(email, password);
      setProblem(outcome.problem);
      setErrors(outcome.errors);
    }
    setBusy(false);
  }

  return (
    <Page title="Create your account">
      <form onSubmit={submit} noValidate>
        <Problem text={problem} />
        <Field name="email" label="Email" type="email" value={email} onInput={setEmail} errors={errors} autoComplete="email" required />
        <Field
          name="password"
          label="Password"
          type="password"
          value={password}
          onInput={setPassword}
          errors={errors}
          autoComplete="new-password"
          hint="At least 10 characters."
          required
        />
        <button type="submit" disabled={busy}>Create account</button>
      </form>
      <p>Already training with us? <a href="#/sign-in">Sign in</a></p>
    </Page>
  );
}

export function ForgotPassword() {
  const [email, setEmail] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sent, setSent] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const { response, error } = await api.POST("/v1/auth/forgot-password", { body: { email } });
    setErrors(fieldErrors(error));
    setSent(response.ok);
  }

  return (
    <Page title="Forgot your password?">
      {sent ? (
        <p role="status">If that address has an account, a link to choose a new password is on its way.</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <Field name="email" label="Email" type="email" value={email} onInput={setEmail} errors={errors} autoComplete="email" required />
          <button type="submit">Send me a link</button>
        </form>
      )}
      <p><a href="#/sign-in">Back to sign in</a></p>
    </Page>
  );
}
