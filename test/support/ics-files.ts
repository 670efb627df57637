/** iCalendar text as Outlook or an ITSM tool writes it (CRLF lines), built by the tests. */
export function icsText(...events: string[]): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Test//Change calendar//EN',
    ...events,
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/** One VEVENT from its properties (`'DTSTART;VALUE=DATE': '20271220'`). */
export function icsEvent(lines: Record<string, string>): string {
  return [
    'BEGIN:VEVENT',
    'DTSTAMP:20260101T000000Z',
    ...Object.entries(lines).map(([key, value]) => `${key}:${value}`),
    'END:VEVENT',
  ].join('\r\n');
}
