export type RenderFailureKind =
  'too-large' | 'too-many-edges' | 'syntax' | 'too-big-for-image' | 'blank' | 'unsafe' | 'failed';

/** A diagram that could not be drawn or exported, with a sentence a user can act on. */
export class DiagramRenderError extends Error {
  override readonly name = 'DiagramRenderError';

  constructor(
    readonly kind: RenderFailureKind,
    message: string,
  ) {
    super(message);
  }

  /** Failures that depend on the source alone: the same source will fail the same way. */
  get isLasting(): boolean {
    return this.kind !== 'failed';
  }
}

/** Turns whatever Mermaid threw into one readable sentence (never a stack trace). */
export function describeRenderFailure(error: unknown): DiagramRenderError {
  if (error instanceof DiagramRenderError) return error;
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const edges = /Edge limit exceeded\.?\s*(\d+) edges found, but the limit is (\d+)/i.exec(raw);
  if (edges) {
    return new DiagramRenderError(
      'too-many-edges',
      `This diagram has ${edges[1] ?? 'too many'} connections; Mermaid draws at most ${edges[2] ?? 'a few hundred'}. Export its source or reduce the plan shown.`,
    );
  }
  if (/edge limit|maxEdges/i.test(raw)) {
    return new DiagramRenderError(
      'too-many-edges',
      'This diagram has more connections than Mermaid draws. Export its source or reduce the plan shown.',
    );
  }
  const parse = /Parse error on line (\d+)/i.exec(raw) ?? /Lexical error on line (\d+)/i.exec(raw);
  if (parse) {
    return new DiagramRenderError(
      'syntax',
      `Mermaid could not read this diagram (line ${parse[1] ?? '?'} of the source below).`,
    );
  }
  if (/No diagram type detected|UnknownDiagramError/i.test(raw)) {
    return new DiagramRenderError('syntax', 'Mermaid did not recognise this kind of diagram.');
  }
  const firstLine = raw.split('\n')[0]?.trim().slice(0, 200) ?? '';
  return new DiagramRenderError(
    'failed',
    firstLine === ''
      ? 'Mermaid could not draw this diagram.'
      : `Mermaid could not draw this diagram: ${firstLine.replace(/\.?$/, '.')}`,
  );
}

export function tooLargeError(length: number, limit: number): DiagramRenderError {
  return new DiagramRenderError(
    'too-large',
    `This diagram’s source is ${length.toLocaleString('en')} characters; Mermaid draws at most ${limit.toLocaleString('en')}. Export its source or reduce the plan shown.`,
  );
}
