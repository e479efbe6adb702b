// The weekly check-in: six 1-5 scales, body weight and notes. The answer says what it changed in the coming sessions
// (a deload, less volume for a sore pattern) and why.
import { useEffect, useState } from "preact/hooks";
import { v7 as uuidv7 } from "uuid";
import { api, fieldErrors, problemText, type FieldErrors, type Schemas } from "../api.ts";
import { Field, Loading, Page, Problem, words } from "../ui.tsx";

const scales = [
  ["sleep", "Sleep", "1 poor – 5 great"],
  ["energy", "Energy", "1 drained – 5 full"],
  ["soreness", "Soreness", "1 none – 5 very sore"],
  ["stress", "Stress", "1 calm – 5 very stressed"],
  ["motivation", "Motivation", "1 none – 5 eager"],
  ["perceivedDifficulty", "How hard training felt", "1 easy – 5 too hard"],
] as const;
type Scale = (typeof scales)[number][0];

export function CheckInScreen() {
  const [due, setDue] = useState<Schemas["CheckInDueResponse"] | null>(null);
  const [answers, setAnswers] = useState<Record<Scale, number>>({
    sleep: 3, energy: 3, soreness: 3, stress: 3, motivation: 3, perceivedDifficulty: 3,
  });
  const [weight, setWeight] = useState("");
  const [notes, setNotes] = useState("");
  const [id] = useState(() => uuidv7()); // one id per form, so a resubmitted check-in is stored once
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<Schemas["CheckInResponse"] | null>(null);

  useEffect(() => {
    void api.GET("/v1/check-ins/due").then(({ data }) => setDue(data ?? null));
  }, []);

  async function submit(event: Event) {
    event.preventDefault();
    const { data, error, response } = await api.POST("/v1/check-ins", {
      body: { id, ...answers, bodyWeightKg: weight ? Number(weight) : null, notes: notes || null },
    });
    setErrors(fieldErrors(error));
    setProblem(data ? null : response.status === 400 ? "Please check the fields below." : problemText(error));
    setSaved(data ?? null);
  }

  if (!due) return <Loading what="your check-in" />;
  if (saved) {
    return (
      <Page title="Check-in saved">
        <p>Fatigue score: {saved.fatigue.toFixed(1)}</p>
        {saved.adjustments.length === 0 ? <p>Your plan goes on as it is.</p> : (
          <ul>
            {saved.adjustments.map((a) => (
              <li key={`${a.kind}-${a.pattern}`}>
                <strong>{words(a.kind)}{a.pattern && ` (${words(a.pattern)})`}</strong>: {a.reason} ({a.effectiveFrom} – {a.effectiveUntil})
              </li>
            ))}
          </ul>
        )}
        <a href="#/today">Back to today</a>
      </Page>
    );
  }
  return (
    <Page title="Weekly check-in">
      <p class="muted">{due.due ? "Your check-in is due." : `Next due on ${due.dueOn}; you can check in early.`}</p>
      <form onSubmit={submit} noValidate>
        <Problem text={problem} />
        {scales.map(([name, label, hint]) => (
          <fieldset key={name}>
            <legend>{label} <span class="muted">({hint})</span></legend>
            <div class="scale">
              {[1, 2, 3, 4, 5].map((value) => (
                <label class="choice" key={value}>
                  <input type="radio" name={name} value={value} checked={answers[name] === value} onChange={() => setAnswers({ ...answers, [name]: value })} />
                  {value}
                </label>
              ))}
            </div>
            {errors[name] && <p class="field-error" data-field-error={name}>{errors[name].join(" ")}</p>}
          </fieldset>
        ))}
        <Field name="bodyWeightKg" label="Body weight (kg, optional)" type="number" value={weight} onInput={setWeight} errors={errors} />
        <div class="field">
          <label for="notes">Notes (optional)</label>
          <textarea id="notes" maxLength={2000} value={notes} onInput={(e) => setNotes((e.target as HTMLTextAreaElement).value)} />
        </div>
        <button type="submit">Save check-in</button>
      </form>
    </Page>
  );
}
