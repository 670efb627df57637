import Papa from 'papaparse';
import { slugify } from '../../core/export/file-names';
import {
  buildHandoff,
  type ChangeRequest,
  type StandardChangeTemplate,
} from '../../core/export/handoff';
import type { Plan, Stream } from '../../core/plan/schema';
import { UsageError } from '../io';

export const HANDOFF_FORMATS = ['servicenow', 'jsm'] as const;
export type HandoffFormat = (typeof HANDOFF_FORMATS)[number];

type Row = Record<string, string>;

/**
 * ServiceNow: rows for two import-set staging tables (templates → Standard Change Proposal,
 * change requests → change_request), CSV headed with the field names (the staging table gets
 * u_<name> columns) or JSON as the Import Set API's insertMultiple body, keyed u_<name>.
 * Jira Service Management: CSV for the issue importer (Summary, Issue Type, …) or JSON as the
 * bulk issue-create body. Columns are documented in docs/handoff.md.
 */
export function handoffFiles(
  plan: Plan,
  streams: readonly Stream[],
  format: HandoffFormat,
  as: unknown,
): { name: string; text: string }[] {
  if (as !== undefined && as !== 'csv' && as !== 'json') {
    throw new UsageError('transition-studio export: --as is csv or json');
  }
  const json = as === 'json';
  const handoff = buildHandoff(plan, streams);
  const stem = `${slugify(plan.title)}-${format}`;
  if (format === 'servicenow') {
    const templates = handoff.templates.map(serviceNowTemplate);
    const changes = handoff.changeRequests.map(serviceNowChange);
    return [
      {
        name: `${stem}-standard-change-templates.${json ? 'json' : 'csv'}`,
        text: json ? importSetJson(templates) : csv(templates, SN_TEMPLATE_COLUMNS),
      },
      {
        name: `${stem}-change-requests.${json ? 'json' : 'csv'}`,
        text: json ? importSetJson(changes) : csv(changes, SN_CHANGE_COLUMNS),
      },
    ];
  }
  const rows = [...handoff.templates.map(jsmTemplate), ...handoff.changeRequests.map(jsmChange)];
  return [
    {
      name: `${stem}-issues.${json ? 'json' : 'csv'}`,
      text: json ? jiraBulkJson(rows) : csv(rows, JSM_COLUMNS),
    },
  ];
}

const SN_TEMPLATE_COLUMNS = [
  'template_name',
  'short_description',
  'description',
  'type',
  'category',
  'approval_gate',
  'conditions',
  'cadence',
  'roles',
  'source_stream_id',
  'source_item_ids',
];
const SN_CHANGE_COLUMNS = [
  'short_description',
  'description',
  'type',
  'cab_required',
  'change_authority',
  'conditions',
  'start_date',
  'end_date',
  'source_stream_id',
  'source_delivery_id',
  'source_item_ids',
];
const JSM_COLUMNS = [
  'Summary',
  'Issue Type',
  'Change type',
  'Description',
  'Planned start',
  'Planned end',
  'Due date',
  'Labels',
  'Approvers note',
  'External ID',
];

function serviceNowTemplate(t: StandardChangeTemplate): Row {
  return {
    template_name: t.name,
    short_description: t.shortDescription,
    description: t.description,
    type: 'standard',
    category: 'Standard change template',
    approval_gate: t.gate,
    conditions: t.conditions,
    cadence: t.cadence,
    roles: t.roles,
    source_stream_id: t.streamId,
    source_item_ids: t.itemIds,
  };
}

function serviceNowChange(c: ChangeRequest): Row {
  return {
    short_description: c.shortDescription,
    description: c.description,
    type: 'normal',
    cab_required: 'true',
    change_authority: c.authority,
    conditions: c.conditions,
    // ServiceNow's date-time format; the whole go-live day is the planned window.
    start_date: `${c.plannedDate} 00:00:00`,
    end_date: `${c.plannedDate} 23:59:59`,
    source_stream_id: c.streamId,
    source_delivery_id: c.deliveryId,
    source_item_ids: c.itemIds,
  };
}

function jsmTemplate(t: StandardChangeTemplate): Row {
  return {
    Summary: `Standard change template: ${t.shortDescription}`,
    'Issue Type': 'Change',
    'Change type': 'Standard',
    Description: t.description,
    'Planned start': '',
    'Planned end': '',
    'Due date': '',
    Labels: 'transition-studio standard-change-template',
    'Approvers note': `Pre-authorised by ${t.gate}`,
    'External ID': `stream:${t.streamId}`,
  };
}

function jsmChange(c: ChangeRequest): Row {
  return {
    Summary: c.shortDescription,
    'Issue Type': 'Change',
    'Change type': 'Normal',
    Description: c.description,
    'Planned start': `${c.plannedDate} 00:00`,
    'Planned end': `${c.plannedDate} 23:59`,
    'Due date': c.plannedDate,
    Labels: 'transition-studio change-request',
    'Approvers note': `Change authority: ${c.authority}`,
    'External ID': `stream:${c.streamId}/delivery:${c.deliveryId}`,
  };
}

function csv(rows: readonly Row[], columns: readonly string[]): string {
  const data = rows.map((row) => columns.map((column) => row[column] ?? ''));
  return `${Papa.unparse({ fields: [...columns], data }, { newline: '\r\n', escapeFormulae: true })}\r\n`;
}

/** The Import Set API's insertMultiple body: staging columns are u_<field>. */
function importSetJson(rows: readonly Row[]): string {
  const records = rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [`u_${key}`, value])),
  );
  return `${JSON.stringify({ records }, null, 2)}\n`;
}

/** Jira's bulk create body (REST API v2, plain-text description); extra fields go in labels. */
function jiraBulkJson(rows: readonly Row[]): string {
  const issueUpdates = rows.map((row) => ({
    fields: {
      summary: row.Summary,
      issuetype: { name: row['Issue Type'] },
      description: `${row.Description ?? ''}\n\nChange type: ${row['Change type'] ?? ''}\n${row['Approvers note'] ?? ''}\nExternal ID: ${row['External ID'] ?? ''}`,
      ...(row['Due date'] ? { duedate: row['Due date'] } : {}),
      labels: (row.Labels ?? '').split(' ').filter((label) => label !== ''),
    },
  }));
  return `${JSON.stringify({ issueUpdates }, null, 2)}\n`;
}
