// The current plan's twelve weeks: its blocks (mesocycles) with their focus, each week's sessions, deload weeks marked.
import { useEffect, useState } from "preact/hooks";
import { api, problemText, type Schemas } from "../api.ts";
import { Loading, Page, Problem, words } from "../ui.tsx";

type Plan = Schemas["PlanResponse"];

export function PlanScreen() {
  const [plan, setPlan] = useState<Plan | null | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    void api.GET("/v1/plans/current").then(({ data }) => setPlan(data ?? null));
  }, []);

  async function generate() {
    const { data, error } = await api.POST("/v1/plans", { body: {} });
    setProblem(data ? null : problemText(error, "Your plan could not be made. Is your profile complete?"));
    if (data) setPlan(data);
  }

  if (plan === undefined) return <Loading what="your plan" />;
  if (plan === null) {
    return (
      <Page title="Your plan">
        <Problem text={problem} />
        <p>You have no plan yet. One is made from your profile: level, goals, equipment and schedule.</p>
        <button type="button" onClick={generate}>Make my 12-week plan</button>
        <p><a href="#/profile">Change my profile first</a></p>
      </Page>
    );
  }

  const weeks = new Map<number, Plan["sessions"]>();
  for (const session of plan.sessions) {
    weeks.set(session.week, [...(weeks.get(session.week) ?? []), session]);
  }
  return (
    <Page title="Your 12-week plan">
      <p>
        {words(plan.split)} split, {plan.sessionMinutes} minutes a session, {plan.startDate} to {plan.endDate}
        {plan.targetSkills.length > 0 && <> · skills: {plan.targetSkills.map(words).join(", ")}</>}
      </p>
      <a class="button" href="#/today">Today's workout</a>
      {plan.mesocycles.map((block) => (
        <section class="block" key={block.number} aria-labelledby={`block-${block.number}`}>
          <h2 id={`block-${block.number}`}>
            Block {block.number}: {words(block.focus)} <span class="muted">(weeks {block.firstWeek}–{block.lastWeek})</span>
          </h2>
          <ol class="weeks">
            {Array.from({ length: block.lastWeek - block.firstWeek + 1 }, (_, i) => block.firstWeek + i).map((week) => {
              const sessions = weeks.get(week) ?? [];
              const deload = sessions.some((s) => s.deload);
              return (
                <li class={deload ? "week deload" : "week"} key={week} data-week={week}>
                  <h3>
                    Week {week} {deload && <span class="tag">Deload</span>}
                  </h3>
                  <ul>
                    {sessions.map((s) => (
                      <li key={s.id} class={`session ${s.status}`}>
                        <time dateTime={s.date}>{s.date}</time> {s.name}
                        {s.status !== "planned" && <span class="tag">{words(s.status)}</span>}
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </Page>
  );
}
