import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Diagram } from '../../../core/diagrams';
import { createEmptyPlan } from '../../../core/plan/new-plan';
import type { Plan } from '../../../core/plan/schema';
import { sharedSvgCache } from '../../../renderer/src/diagrams/svg-cache';
import { DiagramCanvas } from '../../../renderer/src/features/diagrams/DiagramCanvas';
import { DiagramPanel } from '../../../renderer/src/features/diagrams/DiagramPanel';
import { sampleDocument } from '../fake-studio';
import { mermaidMock } from './mermaid-mock';

vi.mock('mermaid', async () => (await import('./mermaid-mock')).mermaidMock.module);

function renderUi(ui: ReactElement, scheme: 'light' | 'dark' = 'light') {
  const wrap = (content: ReactElement) => (
    <MantineProvider forceColorScheme={scheme}>
      <Notifications />
      {content}
    </MantineProvider>
  );
  const result = render(wrap(ui));
  return {
    ...result,
    /** The same tree with new props, so that React keeps the component's state. */
    update: (next: ReactElement) => {
      result.rerender(wrap(next));
    },
  };
}

const diagram = (source: string): Diagram => ({ title: 'Stream design', source });

/** One delivery with one item, traced to one hand-made stream. */
function smallPlan(): Plan {
  const plan = createEmptyPlan();
  plan.packagedPlan.deliveries.push({
    id: 'd1',
    name: 'Release 1',
    date: '2027-03-01',
    items: [{ id: 'i1', kind: 'functional', title: 'Login page' }],
  });
  plan.streamDesign = {
    streams: [
      {
        id: 's1',
        name: 'Login page deployed',
        cadence: { kind: 'daily' },
        roles: ['sacm'],
        sourceItemIds: ['i1'],
      },
    ],
  };
  return plan;
}

/** What the page shows as the drawing, or null while there is none. */
const drawnText = (): string | null => screen.queryByTestId('diagram-svg')?.textContent ?? null;

beforeEach(() => {
  mermaidMock.reset();
  sharedSvgCache.clear();
});

describe('DiagramPanel', () => {
  it('draws each diagram of a view with the strict Mermaid configuration', async () => {
    renderUi(<DiagramPanel plan={smallPlan()} view="streams" />);
    // Written out: the delivery as a group, its item, the stream with cadence, role and the
    // missing approval model (dashed), and the trace from item to stream.
    await waitFor(() => {
      expect(drawnText()).toBe(
        [
          'flowchart LR',
          '  subgraph g1["Release 1 · 2027-03-01"]',
          '    n1["Login page<br/>Functional requirement"]',
          '  end',
          '  n2("Login page deployed<br/>Daily · SACM<br/>No approval model (a change authority is assumed)")',
          '  n1 --> n2',
          '  classDef missing stroke-dasharray:6 4',
          '  class n2 missing',
          '',
        ].join('\n'),
      );
    });
    expect(screen.getByRole('heading', { name: 'Stream design' })).toBeInTheDocument();
    expect(mermaidMock.initialize).toHaveBeenCalledWith(
      expect.objectContaining({
        securityLevel: 'strict',
        htmlLabels: false,
        suppressErrorRendering: true,
      }),
    );
    // Mermaid's working elements are gone from the document.
    expect(document.querySelector(`[id^="dts-diagram-"]`)).toBeNull();
    expect(document.querySelector(`[id$="-host"]`)).toBeNull();
  });

  it('renders nothing again for a source it has drawn (cache hit)', async () => {
    const plan = sampleDocument().plan;
    const first = renderUi(<DiagramPanel plan={plan} view="packaged" />);
    await waitFor(() => {
      expect(drawnText()).not.toBeNull();
    });
    expect(mermaidMock.render).toHaveBeenCalledTimes(1);
    // The same plan as a new object (as after an undo), and the view shown again later.
    first.update(<DiagramPanel plan={structuredClone(plan)} view="packaged" />);
    first.unmount();
    renderUi(<DiagramPanel plan={structuredClone(plan)} view="packaged" />);
    expect(drawnText()).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(mermaidMock.render).toHaveBeenCalledTimes(1);
  });

  it('draws with the dark theme when the colour scheme is dark', async () => {
    renderUi(<DiagramPanel plan={sampleDocument().plan} view="streams" />, 'dark');
    await waitFor(() => {
      expect(drawnText()).not.toBeNull();
    });
    expect(mermaidMock.initialize).toHaveBeenLastCalledWith(
      expect.objectContaining({
        theme: 'base',
        themeVariables: expect.objectContaining({ darkMode: true }) as unknown,
      }),
    );
  });

  it('says so when a view had to be reduced', () => {
    const options = { limits: { maxNodes: 5, maxEdges: 5 } };
    renderUi(<DiagramPanel plan={sampleDocument().plan} view="streams" options={options} />);
    expect(
      screen.getByText(
        'The stream design is too large for one diagram (past 5 boxes, 5 lines or 40,000 ' +
          'characters), so it is split into 2 diagrams by delivery, each tracing the streams to ' +
          'groups of items: the items of one kind in one delivery, with their count.',
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByTestId('diagram')).toHaveLength(2);
  });
});

describe('DiagramCanvas updates', () => {
  it('never shows a drawing that a newer source superseded', async () => {
    const view = renderUi(<DiagramCanvas diagram={diagram('graph TD\n  a')} theme="light" />);
    await waitFor(() => {
      expect(drawnText()).toBe('graph TD\n  a');
    });
    mermaidMock.setAuto(false);
    const update = (source: string) => {
      view.update(<DiagramCanvas diagram={diagram(source)} theme="light" />);
    };
    update('graph TD\n  b');
    await waitFor(() => {
      expect(mermaidMock.pending).toHaveLength(1);
    });
    // While "b" draws, the user types on: "c" supersedes it.
    update('graph TD\n  c');
    await act(async () => {
      mermaidMock.pending[0]?.resolve();
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    // "b" finished after "c" was asked for: it is not shown; "a" stays until "c" is drawn.
    expect(drawnText()).toBe('graph TD\n  a');
    expect(screen.getByTestId('diagram')).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => {
      expect(mermaidMock.pending).toHaveLength(2);
    });
    await act(async () => {
      mermaidMock.pending[1]?.resolve();
      await Promise.resolve();
    });
    await waitFor(() => {
      expect(drawnText()).toBe('graph TD\n  c');
    });
    expect(mermaidMock.calls.map((call) => call.text)).toEqual([
      'graph TD\n  a',
      'graph TD\n  b',
      'graph TD\n  c',
    ]);
  });

  it('skips drawing sources that were superseded before their turn, and waits for typing to pause', async () => {
    const view = renderUi(<DiagramCanvas diagram={diagram('graph LR\n  a')} theme="light" />);
    await waitFor(() => {
      expect(drawnText()).toBe('graph LR\n  a');
    });
    for (const letter of ['b', 'c', 'd', 'e']) {
      view.update(<DiagramCanvas diagram={diagram(`graph LR\n  ${letter}`)} theme="light" />);
    }
    await waitFor(() => {
      expect(drawnText()).toBe('graph LR\n  e');
    });
    expect(mermaidMock.calls.map((call) => call.text)).toEqual(['graph LR\n  a', 'graph LR\n  e']);
  });

  it('shows a failure as a sentence and the source, never a stack or an error drawing', async () => {
    mermaidMock.render.mockImplementationOnce((id: string) => {
      const bomb = document.createElement('div');
      bomb.id = `d${id}`;
      bomb.innerHTML = '<svg><text>Syntax error in text</text></svg>';
      document.body.append(bomb);
      return Promise.reject(
        new Error(
          "Parse error on line 3:\n...n  a --> \n-----^\nExpecting 'NODE_STRING', got 'EOF'",
        ),
      );
    });
    const source = 'flowchart LR\n  a --> b\n  a --> ';
    renderUi(<DiagramCanvas diagram={diagram(source)} theme="light" />);
    const failure = await screen.findByTestId('diagram-failure');
    expect(within(failure).getByText('This diagram could not be drawn')).toBeInTheDocument();
    expect(
      within(failure).getByText(
        'Mermaid could not read this diagram (line 3 of the source below).',
      ),
    ).toBeInTheDocument();
    expect(within(failure).getByTestId('diagram-source')).toHaveTextContent(
      'flowchart LR a --> b a -->',
    );
    expect(failure).not.toHaveTextContent('Expecting');
    expect(document.body).not.toHaveTextContent('Syntax error in text');
  });

  it('explains a diagram past Mermaid’s edge limit', async () => {
    mermaidMock.render.mockImplementationOnce(() =>
      Promise.reject(new Error('Edge limit exceeded. 612 edges found, but the limit is 500.')),
    );
    renderUi(<DiagramCanvas diagram={diagram('flowchart LR\n  a --> b')} theme="light" />);
    expect(
      await screen.findByText(
        'This diagram has 612 connections; Mermaid draws at most 500. Export its source or reduce the plan shown.',
      ),
    ).toBeInTheDocument();
  });

  it('refuses a source past Mermaid’s text limit without calling Mermaid', async () => {
    const source = `flowchart LR\n${'  a --> b\n'.repeat(6000)}`;
    renderUi(<DiagramCanvas diagram={diagram(source)} theme="light" />);
    expect(await screen.findByTestId('diagram-failure')).toHaveTextContent(
      /This diagram’s source is 60,013 characters; Mermaid draws at most 50,000\./,
    );
    expect(mermaidMock.render).not.toHaveBeenCalled();
  });

  it('copies the source to the clipboard and says so', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const source = 'flowchart LR\n  a["Copy me"]';
    renderUi(<DiagramCanvas diagram={diagram(source)} theme="light" />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy source' }));
    expect(writeText).toHaveBeenCalledExactlyOnceWith(source);
    expect(await screen.findByText('Mermaid source copied')).toBeInTheDocument();
  });

  it('says when the clipboard refused the copy', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>(() =>
      Promise.reject(new DOMException('denied', 'NotAllowedError')),
    );
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderUi(<DiagramCanvas diagram={diagram('flowchart LR\n  a')} theme="light" />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy source' }));
    expect(await screen.findByText('Could not copy the source')).toBeInTheDocument();
  });

  it('offers zoom controls a keyboard can reach', async () => {
    renderUi(<DiagramCanvas diagram={diagram('flowchart LR\n  z')} theme="light" />);
    await waitFor(() => {
      expect(drawnText()).not.toBeNull();
    });
    for (const name of [
      'Zoom in',
      'Zoom out',
      'Fit to width',
      'Show the whole diagram',
      '1:1, actual size',
    ]) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('group', { name: /drag to pan/ })).toHaveAttribute('tabindex', '0');
  });
});

// Last: the Diagrams screen half draws many parts, whose renders must not reach other tests.
describe('the live panel of a huge plan', () => {
  it('does not draw a huge plan beside the editor, and says why; the Diagrams screen still does', () => {
    const plan = createEmptyPlan();
    for (let d = 0; d < 700; d += 1) {
      plan.packagedPlan.deliveries.push({
        id: `d${String(d)}`,
        name: `Delivery ${String(d + 1)}`,
        date: '2027-03-01',
        items: [
          { id: `d${String(d)}-a`, kind: 'functional', title: 'Feature' },
          { id: `d${String(d)}-b`, kind: 'document', title: 'Manual' },
        ],
      });
    }
    const live = renderUi(<DiagramPanel plan={plan} view="packaged" place="live" />);
    expect(screen.getByTestId('diagram-too-large')).toHaveTextContent(
      'This plan (700 deliveries, 1400 items, 0 streams) is too large to draw beside the editor ' +
        'while you work: the live diagram stops past 2,000 deliveries, items and streams ' +
        'together. The Diagrams screen draws it in parts.',
    );
    expect(screen.queryAllByTestId('diagram')).toHaveLength(0);
    live.unmount();

    renderUi(<DiagramPanel plan={plan} view="packaged" place="screen" />);
    expect(screen.queryByTestId('diagram-too-large')).toBeNull();
    expect(screen.getAllByTestId('diagram').length).toBeGreaterThan(0);
  });
});
