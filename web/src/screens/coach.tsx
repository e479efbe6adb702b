// The coach chat: earlier messages, and the reply to a new question streamed as the API writes it (Server-Sent Events of
// POST /coach/messages/stream, read from the generated client's response stream).
import { useEffect, useState } from "preact/hooks";
import { api, fieldErrors, problemText, type Schemas } from "../api.ts";
import { Page, Problem } from "../ui.tsx";

type Message = Pick<Schemas["CoachMessageResponse"], "id" | "role" | "content">;

/** Splits a Server-Sent Events stream into its events (name and parsed JSON data) as they arrive. */
async function* events(stream: ReadableStream<Uint8Array>): AsyncGenerator<{ event: string; data: unknown }> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = "message";
      const data: string[] = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event:")) event = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
      }
      if (data.length) yield { event, data: JSON.parse(data.join("\n")) };
    }
  }
}

export function CoachScreen() {
  const [messages, setMessages] = useState<Message[]>([]);
  const [question, setQuestion] = useState("");
  const [streaming, setStreaming] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    // Earlier messages, unless a question was asked before they came (its exchange is already on screen).
    void api.GET("/v1/coach/messages").then(({ data }) => setMessages((shown) => (shown.length ? shown : [...(data?.items ?? [])].reverse())));
  }, []);

  async function ask(event: Event) {
    event.preventDefault();
    const content = question.trim();
    if (!content) return;
    setProblem(null);
    const { data, error, response } = await api.POST("/v1/coach/messages/stream", { body: { content }, parseAs: "stream" });
    if (!response.ok || !data) {
      setProblem(fieldErrors(error).content?.join(" ") ?? problemText(error, "The coach could not answer now."));
      return;
    }
    setQuestion("");
    setMessages((list) => [...list, { id: `pending-${Date.now()}`, role: "user", content }]);
    let text = "";
    setStreaming(text);
    for await (const { event: name, data: payload } of events(data as ReadableStream<Uint8Array>)) {
      if (name === "chunk") {
        text += (payload as { text: string }).text;
        setStreaming(text);
      } else if (name === "done") {
        const exchange = payload as Schemas["CoachExchange"];
        setMessages((list) => [...list.slice(0, -1), exchange.question, exchange.reply]);
      } else if (name === "error") {
        setProblem((payload as { detail?: string }).detail ?? "The reply stopped early.");
      }
    }
    setStreaming(null);
  }

  return (
    <Page title="Coach">
      <ol class="chat" aria-live="polite" aria-busy={streaming !== null}>
        {messages.map((m) => (
          <li key={m.id} class={`message ${m.role}`}>
            <span class="who">{m.role === "user" ? "You" : "Coach"}</span>
            <p>{m.content}</p>
          </li>
        ))}
        {streaming !== null && (
          <li class="message assistant" data-streaming>
            <span class="who">Coach</span>
            <p>{streaming || "…"}</p>
          </li>
        )}
      </ol>
      <form onSubmit={ask} noValidate>
        <Problem text={problem} />
        <div class="field">
          <label for="question">Ask your coach</label>
          <textarea id="question" maxLength={2000} value={question} onInput={(e) => setQuestion((e.target as HTMLTextAreaElement).value)} />
        </div>
        <button type="submit" disabled={streaming !== null}>Send</button>
      </form>
    </Page>
  );
}
