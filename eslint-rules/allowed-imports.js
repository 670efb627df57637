// @ts-check
import { dirname, relative, resolve } from 'node:path';

/**
 * The layering rule, by allow-list (as VS Code's `code-import-patterns`): a file may import a
 * project file only when the target lies under one of the folders its layer allows. Anything
 * else is refused, so a new folder is forbidden everywhere until the table in
 * eslint.config.js says who may use it. Packages are not this rule's business: the per-runtime
 * `no-restricted-imports` lists handle them.
 *
 * Options: `{ layer, allow, typesOnly? }` where `allow` and `typesOnly` are repository-relative
 * folder prefixes ending in `/` (or exact file paths); `typesOnly` targets must be imported
 * with `import type` (they are allowed for their types, never their code).
 */

const root = resolve(import.meta.dirname, '..');

/** @param {string} target @param {string} entry */
const covers = (target, entry) =>
  entry.endsWith('/')
    ? target.startsWith(entry) || target === entry.slice(0, -1)
    : target === entry || target.startsWith(`${entry}.`);

/**
 * Whether an import brings in types only: `import type …`, `export type … from`, or every named
 * specifier marked `type`.
 * @param {any} node
 */
function isTypeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return (
    specifiers.length > 0 &&
    specifiers.every((/** @type {any} */ s) => s.importKind === 'type' || s.exportKind === 'type')
  );
}

/** @type {import('eslint').Rule.RuleModule} */
export const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: 'A layer imports only the project folders its allow-list names.' },
    schema: [
      {
        type: 'object',
        properties: {
          layer: { type: 'string' },
          allow: { type: 'array', items: { type: 'string' } },
          typesOnly: { type: 'array', items: { type: 'string' } },
        },
        required: ['layer', 'allow'],
        additionalProperties: false,
      },
    ],
    messages: {
      outside:
        '{{layer}} may not import {{target}}: it may import only {{allowed}} (the allow-list is in eslint.config.js).',
      typesOnly:
        '{{layer}} may import {{target}} for its types only: write `import type`, its code belongs to another runtime.',
    },
  },
  create(context) {
    const { layer, allow, typesOnly = [] } = context.options[0];
    const from = dirname(context.filename);

    /** @param {any} node */
    const check = (node) => {
      const source = node.source;
      if (source?.type !== 'Literal' || typeof source.value !== 'string') return;
      const specifier = source.value;
      if (!specifier.startsWith('.')) return;
      const target = relative(root, resolve(from, specifier)).split('\\').join('/');
      const data = { layer, target, allowed: allow.join(', ') };
      if (typesOnly.some((entry) => covers(target, entry))) {
        if (!isTypeOnly(node) || node.type === 'ImportExpression') {
          context.report({ node: source, messageId: 'typesOnly', data });
        }
        return;
      }
      if (!allow.some((entry) => covers(target, entry))) {
        context.report({ node: source, messageId: 'outside', data });
      }
    };

    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
