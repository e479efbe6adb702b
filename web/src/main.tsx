// The app's frame: the signed-in navigation, the screen the URL's hash names, and the service worker that keeps the app
// and today's workout for offline use.
import { render } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { isSignedIn, signOut } from "./api.ts";
import { forgetDeviceData, unsentSets } from "./device.ts";
import { go, publicRoutes, useRoute, type Route } from "./router.ts";
import { ForgotPassword, SignIn, SignUp } from "./screens/auth.tsx";
import { CheckInScreen } from "./screens/checkin.tsx";
import { CoachScreen } from "./screens/coach.tsx";
import { LiveScreen } from "./screens/live.tsx";
import { PlanScreen } from "./screens/plan.tsx";
import { ProfileWizard } from "./screens/profile.tsx";
import { ProgressScreen } from "./screens/progress.tsx";
import { SettingsScreen } from "./screens/settings.tsx";
import { TodayScreen } from "./screens/today.tsx";
import "./styles.css";

const screens: Record<Route, () => preact.JSX.Element> = {
  "sign-in": SignIn,
  "sign-up": SignUp,
  "forgot-password": ForgotPassword,
  profile: ProfileWizard,
  plan: PlanScreen,
  today: TodayScreen,
  live: LiveScreen,
  progress: ProgressScreen,
  "check-in": CheckInScreen,
  coach: CoachScreen,
  settings: SettingsScreen,
};

const navigation: [Route, string][] = [
  ["today", "Today"],
  ["live", "Live"],
  ["plan", "Plan"],
  ["progress", "Progress"],
  ["check-in", "Check-in"],
  ["coach", "Coach"],
  ["profile", "Profile"],
  ["settings", "Settings"],
];

async function signOutHere(): Promise<void> {
  const unsent = await unsentSets();
  if (unsent > 0 && !confirm(`${unsent} recorded ${unsent === 1 ? "set has" : "sets have"} not reached CaliFlow yet and will be lost. Sign out anyway?`)) {
    return;
  }
  await signOut();
  await forgetDeviceData();
}

const titles: Record<Route, string> = {
  "sign-in": "Sign in",
  "sign-up": "Create your account",
  "forgot-password": "Forgot your password",
  profile: "Profile",
  plan: "Plan",
  today: "Today",
  live: "Live workout",
  progress: "Progress",
  "check-in": "Check-in",
  coach: "Coach",
  settings: "Settings",
};

function App() {
  const route = useRoute();
  const [, rerender] = useState(0);
  const signedIn = isSignedIn(); // read at every render: signing in happens inside the screens

  useEffect(() => {
    const signedOut = () => {
      rerender((n) => n + 1);
      go("sign-in");
    };
    window.addEventListener("califlow:signed-out", signedOut);
    return () => window.removeEventListener("califlow:signed-out", signedOut);
  }, []);

  // Deny by default: a screen that needs an account sends a visitor to sign in.
  const shown: Route = route && (signedIn || publicRoutes.includes(route)) ? route : signedIn ? "today" : "sign-in";
  useEffect(() => {
    if (shown !== route) go(shown);
  }, [shown, route]);
  const Screen = screens[shown];

  // A new screen is announced: its title, and focus on its content (not on the link left behind in the navigation).
  const first = useRef(true);
  useEffect(() => {
    document.title = `${titles[shown]} · CaliFlow`;
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById("main")?.focus();
  }, [shown]);

  return (
    <>
      <button type="button" class="skip-link" onClick={() => document.getElementById("main")?.focus()}>Skip to content</button>
      <header>
        <a class="brand" href="#/today">CaliFlow</a>
        {signedIn && (
          <nav aria-label="Main">
            {navigation.map(([to, label]) => (
              <a key={to} href={`#/${to}`} aria-current={shown === to ? "page" : undefined}>{label}</a>
            ))}
            <button type="button" class="link" onClick={() => void signOutHere()}>Sign out</button>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        <Screen />
      </main>
    </>
  );
}

render(<App />, document.getElementById("app")!);

if ("serviceWorker" in navigator) {
  // The entry script's and stylesheet's names carry the build's hashes: a new build registers a new worker, which keeps that
  // build's files.
  const script = new URL(import.meta.url).pathname.split("/").pop() ?? "dev";
  const style = document.querySelector<HTMLLinkElement>("link[rel=stylesheet]")?.href.split("/").pop() ?? "";
  const build = `${script}+${style}`;
  void navigator.serviceWorker.register(`/app/sw.js?build=${encodeURIComponent(build)}`, { scope: "/app/" });
}
