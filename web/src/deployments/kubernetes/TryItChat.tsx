import { LoaderCircle, MessageSquare, Send } from 'lucide-react';
import { useState, type FormEvent } from 'react';

import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { describeError } from '@/lib/api';

import { useChat } from './graph-queries';

interface Turn {
  role: 'user' | 'assistant';
  content: string;
  meta?: string;
}

interface TryItChatProps {
  deploymentId: string;
  modelName: string;
  simulated: boolean;
}

/** A small chat with the running model, through the Kubernetes API server's proxy to its frontend. */
export function TryItChat({ deploymentId, modelName, simulated }: TryItChatProps) {
  const [turns, setTurns] = useState<Turn[]>([]);
  const [draft, setDraft] = useState('');
  const chat = useChat(deploymentId);

  function send(event: FormEvent) {
    event.preventDefault();
    const content = draft.trim();
    if (!content || chat.isPending) return;
    const asked: Turn[] = [...turns, { role: 'user', content }];
    setTurns(asked);
    setDraft('');
    chat.mutate(
      {
        messages: asked.map(({ role, content: text }) => ({ role, content: text })),
        max_tokens: 256,
      },
      {
        onSuccess: (answer) =>
          setTurns([
            ...asked,
            {
              role: 'assistant',
              content: answer.content ?? '',
              meta: `${answer.model ?? modelName} · ${answer.latency_ms ?? 0} ms${
                answer.completion_tokens ? ` · ${answer.completion_tokens} tokens` : ''
              }`,
            },
          ]),
      },
    );
  }

  return (
    <section
      aria-labelledby="try-it-heading"
      className="bg-card space-y-4 rounded-xl border p-6 shadow-sm"
      data-testid="try-it"
    >
      <h2 id="try-it-heading" className="flex items-center gap-2 text-base font-semibold">
        <MessageSquare className="size-4" aria-hidden="true" />
        Try it
      </h2>
      {simulated && (
        <Alert variant="info">
          <AlertDescription>
            This cluster is simulated: the request takes the real path (Dumont, the Kubernetes API
            proxy, the frontend Service), but no model runs, so the answer says so.
          </AlertDescription>
        </Alert>
      )}
      {turns.length > 0 && (
        <ol className="space-y-3" aria-label="Conversation" aria-live="polite">
          {turns.map((turn, index) => (
            <li
              key={index}
              data-testid={`chat-${turn.role}`}
              className={
                turn.role === 'user'
                  ? 'bg-primary/10 ml-8 rounded-lg px-3 py-2 text-sm'
                  : 'bg-muted mr-8 rounded-lg px-3 py-2 text-sm'
              }
            >
              <p className="whitespace-pre-wrap">{turn.content}</p>
              {turn.meta && <p className="text-muted-foreground mt-1 text-xs">{turn.meta}</p>}
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={send} className="space-y-2">
        <Label htmlFor="chat-message">Message to {modelName}</Label>
        <Textarea
          id="chat-message"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) send(event);
          }}
          placeholder="Ask something…"
          rows={2}
          data-testid="chat-input"
        />
        <div className="flex items-center justify-between gap-2">
          <p className="text-muted-foreground text-xs">Enter sends; Shift+Enter adds a line.</p>
          <Button
            type="submit"
            size="sm"
            disabled={!draft.trim() || chat.isPending}
            data-testid="chat-send"
          >
            {chat.isPending ? (
              <LoaderCircle className="animate-spin" aria-hidden="true" />
            ) : (
              <Send aria-hidden="true" />
            )}
            Send
          </Button>
        </div>
        {chat.isError && (
          <p className="text-destructive text-sm" role="alert">
            {describeError(chat.error)}
          </p>
        )}
      </form>
    </section>
  );
}
