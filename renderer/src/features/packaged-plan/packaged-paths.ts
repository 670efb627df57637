/** JSON paths of packaged-plan fields, written as validation problems and readiness findings write them. */
export function deliveryPath(delivery: number, field?: string): string {
  const base = `packagedPlan.deliveries[${String(delivery)}]`;
  return field === undefined ? base : `${base}.${field}`;
}

export function itemPath(delivery: number, item: number, field?: string): string {
  const base = `${deliveryPath(delivery)}.items[${String(item)}]`;
  return field === undefined ? base : `${base}.${field}`;
}

export interface PackagedLocation {
  delivery?: number;
  item?: number;
}

/** Which delivery and item a path points into; empty for a path outside the deliveries. */
export function locatePath(path: string): PackagedLocation {
  const match = /^packagedPlan\.deliveries\[(\d+)\](?:\.items\[(\d+)\])?/.exec(path);
  if (!match) return {};
  const [, delivery, item] = match;
  return {
    delivery: Number(delivery),
    ...(item === undefined ? {} : { item: Number(item) }),
  };
}
