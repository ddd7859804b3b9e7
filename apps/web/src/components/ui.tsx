import { Fragment, ReactNode, useState } from 'react';
import { ClaimStage } from '../api/types';
import { Mark, segmentText } from '../lib/highlight';

const STAGE_LABELS: Record<ClaimStage, string> = {
  triage: 'Triage',
  research: 'Research',
  review: 'Review',
  published: 'Published',
  dismissed: 'Dismissed',
};

export function StageBadge({ stage, parked }: { stage: ClaimStage; parked?: boolean }) {
  return (
    <span className={`badge stage-${stage}`}>
      {parked && stage === 'triage' ? 'Parked' : (STAGE_LABELS[stage] ?? stage)}
    </span>
  );
}

/** A message for everyone: `status` is read out politely, `alert` at once. */
export function Notice({
  tone = 'info',
  children,
}: {
  tone?: 'info' | 'success' | 'error' | 'warning';
  children: ReactNode;
}) {
  if (!children) return null;
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/**
 * Text with marked spans. Every run is a text node (React escapes it): article text is never parsed as markup.
 */
export function HighlightedText({
  text,
  marks,
  markTitle,
  markId,
}: {
  text: string;
  marks: Mark[];
  markTitle?: (mark: Mark) => string | undefined;
  markId?: (mark: Mark) => string | undefined;
}) {
  return (
    <>
      {segmentText(text, marks).map((segment, index) => (
        <Fragment key={index}>
          {segment.marks.reduceRight<ReactNode>(
            (inner, mark) => (
              <mark
                className={`hl hl-${mark.kind}`}
                title={markTitle?.(mark)}
                id={segment.start === mark.start ? markId?.(mark) : undefined}
              >
                {inner}
              </mark>
            ),
            segment.text,
          )}
        </Fragment>
      ))}
    </>
  );
}

export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
    window.setTimeout(() => setState('idle'), 2500);
  };
  return (
    <span className="copy">
      <button type="button" className="button-secondary" onClick={copy}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' ? 'Copied.' : state === 'failed' ? 'The browser refused; select the text and copy it.' : ''}
      </span>
    </span>
  );
}

/** A secret shown once (a new API key, a webhook secret). */
export function OneTimeSecret({ title, value, onDone }: { title: string; value: string; onDone: () => void }) {
  return (
    <div className="secret notice notice-success" role="status">
      <p>
        <strong>{title}</strong> It is shown only now: copy it and hand it over safely.
      </p>
      <p>
        <code className="secret-value">{value}</code>
      </p>
      <CopyButton text={value} />{' '}
      <button type="button" className="button-secondary" onClick={onDone}>
        Done
      </button>
    </div>
  );
}

export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const safe = /^https?:\/\//i.test(href);
  if (!safe) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}
