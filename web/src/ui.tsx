// The few building blocks every screen uses: a labelled field that shows the API's error for it, a form's problem line,
// and a loading line.
import type { ComponentChildren } from "preact";
import type { FieldErrors } from "./api.ts";

interface FieldProps {
  name: string;
  /** Needed only when two fields of one page share a name. */
  id?: string;
  label: string;
  type?: "text" | "email" | "password" | "number";
  value: string | number;
  onInput: (value: string) => void;
  errors?: FieldErrors;
  autoComplete?: string;
  required?: boolean;
  min?: number;
  max?: number;
  hint?: string;
}

/** An input with its label, and the API's message for the field of the same name under it (linked for screen readers). */
export function Field({ name, id = `field-${name}`, label, type = "text", value, onInput, errors, autoComplete, required, min, max, hint }: FieldProps) {
  const messages = errors?.[name] ?? [];
  const described = [hint ? `${id}-hint` : "", messages.length ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type as "text"} /* Preact types each input type apart; the attributes used here suit all four */
        value={value}
        min={min}
        max={max}
        required={required}
        autoComplete={autoComplete}
        aria-invalid={messages.length > 0}
        aria-describedby={described || undefined}
        onInput={(event) => onInput((event.target as HTMLInputElement).value)}
      />
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
      {messages.length > 0 && (
        <p class="field-error" id={`${id}-error`} data-field-error={name}>
          {messages.join(" ")}
        </p>
      )}
    </div>
  );
}

export function Problem({ text }: { text: string | null }) {
  return text ? <p class="problem" role="alert">{text}</p> : null;
}

export function Loading({ what }: { what: string }) {
  return <p class="loading" role="status">Loading {what}…</p>;
}

export function Page({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="page" aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      {children}
    </section>
  );
}

/** A kebab-case value of the API as words: "pull-up-bar" → "Pull up bar". */
export function words(value: string): string {
  const text = value.replaceAll("-", " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
