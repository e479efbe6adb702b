// Sign up, sign in and the forgotten password. Registering signs the user in at once and opens the profile wizard.
import type { ComponentChildren } from "preact";
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

interface CredentialsFormProps {
  title: string;
  action: string;
  newPassword?: boolean;
  attempt: (email: string, password: string) => Promise<Outcome>;
  children: ComponentChildren;
}

/** The email and password form both sign-in and sign-up are: the API's problem above it, its field errors beside the fields. */
function CredentialsForm({ title, action, newPassword = false, attempt, children }: CredentialsFormProps) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [outcome, setOutcome] = useState<Outcome>({ problem: null, errors: {} });
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setOutcome(await attempt(email, password));
    setBusy(false);
  }

  return (
    <Page title={title}>
      <form onSubmit={submit} noValidate>
        <Problem text={outcome.problem} />
        <Field name="email" label="Email" type="email" value={email} onInput={setEmail} errors={outcome.errors} autoComplete="email" required />
        <Field
          name="password"
          label="Password"
          type="password"
          value={password}
          onInput={setPassword}
          errors={outcome.errors}
          autoComplete={newPassword ? "new-password" : "current-password"}
          hint={newPassword ? "At least 10 characters." : undefined}
          required
        />
        <button type="submit" disabled={busy}>{action}</button>
      </form>
      {children}
    </Page>
  );
}

export function SignIn() {
  return (
    <CredentialsForm title="Sign in" action="Sign in" attempt={signIn}>
      <p><a href="#/sign-up">Create an account</a> · <a href="#/forgot-password">Forgot your password?</a></p>
    </CredentialsForm>
  );
}

async function register(email: string, password: string): Promise<Outcome> {
  const { response, error } = await api.POST("/v1/auth/register", { body: { email, password } });
  if (response.status === 400) return { problem: "Please check the fields below.", errors: fieldErrors(error) };
  if (!response.ok) return { problem: problemText(error), errors: {} };
  return signIn(email, password); // registering signs in at once
}

export function SignUp() {
  return (
    <CredentialsForm title="Create your account" action="Create account" newPassword attempt={register}>
      <p>Already training with us? <a href="#/sign-in">Sign in</a></p>
    </CredentialsForm>
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
