// The profile wizard: level and goals, equipment, then days, minutes and units, with the time zone taken from the
// browser. Saving it makes the first plan when there is none and shows it.
import { useEffect, useState } from "preact/hooks";
import { api, fieldErrors, problemText, type FieldErrors, type Schemas } from "../api.ts";
import { go } from "../router.ts";
import { Field, Page, Problem, words } from "../ui.tsx";

const levels: Schemas["TrainingLevel"][] = ["beginner", "intermediate", "advanced"];
const goals: Schemas["TrainingGoal"][] = ["strength", "muscle", "skills", "fat-loss", "endurance", "mobility"];
const equipment: Schemas["Equipment"][] = [
  "pull-up-bar", "dip-bars", "rings", "parallettes", "wall", "resistance-band", "box-or-bench",
];
const steps = ["Level and goals", "Equipment", "Schedule"];

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export function ProfileWizard() {
  const [step, setStep] = useState(0);
  const [level, setLevel] = useState<Schemas["TrainingLevel"]>("beginner");
  const [chosenGoals, setGoals] = useState<Schemas["TrainingGoal"][]>(["strength"]);
  const [kit, setKit] = useState<Schemas["Equipment"][]>(["pull-up-bar"]);
  const [days, setDays] = useState("3");
  const [minutes, setMinutes] = useState("45");
  const [units, setUnits] = useState<Schemas["UnitSystem"]>("metric");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  useEffect(() => {
    void api.GET("/v1/me").then(({ data }) => {
      if (data) {
        setLevel(data.profile.level);
        if (data.profile.goals.length) setGoals(data.profile.goals);
        if (data.profile.equipment.length) setKit(data.profile.equipment);
        setDays(String(data.profile.trainingDaysPerWeek));
        setMinutes(String(data.profile.sessionMinutes));
        setUnits(data.profile.unitSystem);
      }
    });
  }, []);

  async function save(event: Event) {
    event.preventDefault();
    if (step < steps.length - 1) {
      setStep(step + 1);
      return;
    }
    setBusy(true);
    setProblem(null);
    const { response, error } = await api.PATCH("/v1/me/profile", {
      body: {
        level,
        goals: chosenGoals,
        equipment: kit,
        trainingDaysPerWeek: Number(days),
        sessionMinutes: Number(minutes),
        timeZone,
        unitSystem: units,
      },
    });
    if (!response.ok) {
      setErrors(fieldErrors(error));
      setProblem(response.status === 400 ? "Please check the fields below." : problemText(error));
      setBusy(false);
      return;
    }
    const current = await api.GET("/v1/plans/current");
    if (!current.data) {
      const made = await api.POST("/v1/plans", { body: {} });
      if (!made.data) {
        setProblem(problemText(made.error, "Your plan could not be made."));
        setBusy(false);
        return;
      }
    }
    go("plan");
  }

  return (
    <Page title="Your training profile">
      <p class="steps" aria-live="polite">Step {step + 1} of {steps.length}: {steps[step]}</p>
      <form onSubmit={save} noValidate>
        <Problem text={problem} />
        {step === 0 && (
          <>
            <fieldset>
              <legend>Level</legend>
              {levels.map((value) => (
                <label class="choice" key={value}>
                  <input type="radio" name="level" value={value} checked={level === value} onChange={() => setLevel(value)} />
                  {words(value)}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>Goals</legend>
              {goals.map((value) => (
                <label class="choice" key={value}>
                  <input type="checkbox" name="goals" value={value} checked={chosenGoals.includes(value)} onChange={() => setGoals(toggle(chosenGoals, value))} />
                  {words(value)}
                </label>
              ))}
            </fieldset>
          </>
        )}
        {step === 1 && (
          <fieldset>
            <legend>Equipment you can use</legend>
            {equipment.map((value) => (
              <label class="choice" key={value}>
                <input type="checkbox" name="equipment" value={value} checked={kit.includes(value)} onChange={() => setKit(toggle(kit, value))} />
                {words(value)}
              </label>
            ))}
          </fieldset>
        )}
        {step === 2 && (
          <>
            <Field name="trainingDaysPerWeek" label="Training days a week" type="number" min={2} max={6} value={days} onInput={setDays} errors={errors} />
            <Field name="sessionMinutes" label="Minutes a session" type="number" min={15} max={180} value={minutes} onInput={setMinutes} errors={errors} />
            <fieldset>
              <legend>Units</legend>
              {(["metric", "imperial"] as const).map((value) => (
                <label class="choice" key={value}>
                  <input type="radio" name="unitSystem" value={value} checked={units === value} onChange={() => setUnits(value)} />
                  {words(value)}
                </label>
              ))}
            </fieldset>
            <p class="hint">Time zone: {timeZone} (from this browser)</p>
          </>
        )}
        <div class="actions">
          {step > 0 && <button type="button" class="secondary" onClick={() => setStep(step - 1)}>Back</button>}
          <button type="submit" disabled={busy}>{step < steps.length - 1 ? "Next" : "Save and make my plan"}</button>
        </div>
      </form>
    </Page>
  );
}
