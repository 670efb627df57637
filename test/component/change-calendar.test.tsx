import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { ChangeCalendarSection } from '../../renderer/src/features/calendar';
import { useDocumentStore } from '../../renderer/src/state/document-store';
import { undoPlanEdit } from '../../renderer/src/state/history';
import { installFakeStudio, sampleDocument } from './fake-studio';

const calendar = () => useDocumentStore.getState().plan?.changeCalendar;

Element.prototype.scrollIntoView = function scrollIntoView() {
  /* nothing to scroll */
};

function renderSection() {
  return render(
    <MantineProvider env="test">
      <Notifications />
      <ChangeCalendarSection />
    </MantineProvider>,
  );
}

beforeEach(() => {
  useDocumentStore.getState().openDocument(sampleDocument());
});

describe('ChangeCalendarSection', { timeout: 30_000 }, () => {
  it('edits working days and a freeze window, each edit undoable', async () => {
    renderSection();
    const region = screen.getByRole('region', { name: 'Change calendar' });
    expect(calendar()).toBeUndefined();
    await userEvent.click(within(region).getByRole('checkbox', { name: 'Sat' }));
    expect(calendar()?.workingDays).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat']);

    await userEvent.click(within(region).getByRole('button', { name: 'Add window' }));
    const name = within(region).getByRole('textbox', { name: 'Name of window w1' });
    await userEvent.type(name, 'Year-end freeze');
    await userEvent.selectOptions(
      within(region).getByRole('combobox', { name: 'Kind of Year-end freeze' }),
      'blackout',
    );
    expect(calendar()?.windows).toEqual([
      expect.objectContaining({ id: 'w1', kind: 'blackout', name: 'Year-end freeze' }),
    ]);

    act(() => {
      undoPlanEdit(); // the kind
      undoPlanEdit(); // the name, typed as one step
    });
    expect(calendar()?.windows?.[0]).toMatchObject({ kind: 'freeze', name: '' });
    act(() => {
      undoPlanEdit(); // the window
      undoPlanEdit(); // Saturday
    });
    expect(calendar()).toBeUndefined();
  });

  it('imports an .ics answered by main in one undoable step and says what it did', async () => {
    const studio = installFakeStudio({
      chooseCalendarFile: () => ({
        ok: true,
        value: {
          file: {
            name: 'freeze.ics',
            calendar: {
              windows: [
                {
                  icsUid: 'ye',
                  kind: 'freeze',
                  name: 'Year-end freeze',
                  start: '2027-12-20',
                  end: '2028-01-02',
                },
              ],
              holidays: [{ date: '2027-12-25', name: 'Christmas Day' }],
              cancelledUids: [],
              problems: [
                'Event "Old": its date 1799-12-31 is outside the years a plan holds; left out.',
              ],
              notices: [],
            },
          },
        },
      }),
    });
    renderSection();
    await userEvent.click(screen.getByRole('button', { name: 'Import .ics…' }));
    expect(studio.invoke).toHaveBeenCalledWith('chooseCalendarFile', {
      range: { from: '2027-06-30', to: expect.any(String) as unknown },
    });
    expect(await screen.findByText(/1 window added, 1 holiday added\..*Old/)).toBeTruthy();
    expect(screen.getAllByTestId('window-row')).toHaveLength(1);
    expect(screen.getAllByTestId('holiday-row')).toHaveLength(1);
    act(() => {
      undoPlanEdit();
    });
    expect(calendar()).toBeUndefined();
  });

  it('exports the forward schedule through main: one event per run and per go-live', async () => {
    const studio = installFakeStudio({
      exportFile: () => ({ ok: true, value: { path: '/tmp/seed-schedule.ics' } }),
    });
    renderSection();
    await userEvent.click(screen.getByRole('button', { name: 'Export schedule (.ics)…' }));
    expect(
      await screen.findByText(/stream runs and 2 go-lives .*saved to \/tmp\/seed-schedule\.ics/),
    ).toBeTruthy();
    const call = studio.invoke.mock.calls.find(([channel]) => channel === 'exportFile') as
      [string, { suggestedName: string; format: string; data: string }] | undefined;
    expect(call?.[1].format).toBe('ics');
    expect(call?.[1].suggestedName).toMatch(/-schedule\.ics$/);
    const events = new ICAL.Component(
      ICAL.parse(call?.[1].data ?? '') as unknown[],
    ).getAllSubcomponents('vevent');
    expect(
      events.filter((event) =>
        String(event.getFirstPropertyValue('summary')).startsWith('Go-live: '),
      ),
    ).toHaveLength(2);
    expect(events.length).toBeGreaterThan(50);
  });
});
