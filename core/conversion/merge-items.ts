/**
 * Three-way merge of a derived stream's items. `baseline` is what the rule assigned last time,
 * `current` what the stream holds now (the user may have taken items out or moved some in),
 * `assigned` what the rule assigns today. Result: today's assignment minus what the user took
 * out, then what the user put in by hand; items gone from the packaged plan leave; no item is
 * listed twice. Rule order first keeps a re-conversion stable (idempotent).
 */
export function mergeSourceItems(input: {
  current: readonly string[];
  baseline: readonly string[];
  assigned: readonly string[];
  existing: ReadonlySet<string>;
}): { sourceItemIds: string[]; handEdited: boolean } {
  const current = new Set(input.current);
  const baseline = new Set(input.baseline);
  // An item gone from the packaged plan left its streams with it: not a hand edit.
  const takenOut = new Set(
    input.baseline.filter((id) => !current.has(id) && input.existing.has(id)),
  );
  const putIn = input.current.filter((id) => !baseline.has(id));
  const result = new Set<string>();
  for (const id of input.assigned) {
    if (!takenOut.has(id) && input.existing.has(id)) result.add(id);
  }
  for (const id of putIn) {
    if (input.existing.has(id)) result.add(id);
  }
  return { sourceItemIds: [...result], handEdited: takenOut.size > 0 || putIn.length > 0 };
}
