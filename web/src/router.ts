// Screens are addressed by the URL's hash (#/today), so the API serves one page and a reload stays on its screen.
import { useEffect, useState } from "preact/hooks";

export type Route =
  | "sign-in" | "sign-up" | "forgot-password" | "profile" | "plan" | "today" | "live" | "progress" | "check-in" | "coach"
  | "settings";

const routes: Route[] = [
  "sign-in", "sign-up", "forgot-password", "profile", "plan", "today", "live", "progress", "check-in", "coach", "settings",
];

export const publicRoutes: Route[] = ["sign-in", "sign-up", "forgot-password"];

function read(): Route | null {
  const name = location.hash.replace(/^#\/?/, "");
  return routes.includes(name as Route) ? (name as Route) : null;
}

export function go(route: Route): void {
  location.hash = `#/${route}`;
}

export function useRoute(): Route | null {
  const [route, setRoute] = useState(read());
  useEffect(() => {
    const changed = () => setRoute(read());
    window.addEventListener("hashchange", changed);
    return () => window.removeEventListener("hashchange", changed);
  }, []);
  return route;
}
