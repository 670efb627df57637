import { ROLE } from '../../itil/roles';
import { ITEM_KIND_LABELS, describeItemDetail } from '../../plan/item-kinds';
import { deliveryName, itemName, itemsById, streamTitle, type ReportContext } from '../context';
import { paragraph, type ReportBlock, type ReportSection } from '../model';

/** Every packaged item, where it is delivered, and the streams that carry it. */
export function traceabilitySection(context: ReportContext): ReportSection {
  const { plan, streams } = context;
  const title = 'Traceability: packaged items to streams';
  const carriedBy = new Map<string, string[]>();
  for (const stream of streams) {
    for (const id of stream.sourceItemIds) {
      const list = carriedBy.get(id) ?? [];
      if (!list.includes(streamTitle(stream))) list.push(streamTitle(stream));
      carriedBy.set(id, list);
    }
  }
  const rows: string[][] = [];
  for (const delivery of plan.packagedPlan.deliveries) {
    for (const item of delivery.items) {
      const by = carriedBy.get(item.id) ?? [];
      rows.push([
        deliveryName(delivery),
        itemName(item),
        ITEM_KIND_LABELS[item.kind],
        by.length > 0 ? by.join('; ') : 'In no stream',
      ]);
    }
  }
  if (rows.length === 0) {
    return {
      id: 'traceability',
      title,
      blocks: [paragraph('The packaged plan has no item to trace.')],
    };
  }
  const blocks: ReportBlock[] = [
    { kind: 'table', header: ['Delivery', 'Item', 'Kind', 'Streams'], rows },
  ];
  if (context.unmapped.length > 0) {
    const deliveries = new Map(plan.packagedPlan.deliveries.map((d) => [d.id, d]));
    blocks.push(paragraph('Items the conversion rules put in no stream:'), {
      kind: 'table',
      header: ['Item', 'Delivery', 'Why'],
      rows: context.unmapped.map((item) => {
        const delivery = deliveries.get(item.deliveryId);
        return [
          item.title.trim() || '(untitled item)',
          delivery ? deliveryName(delivery) : '',
          item.reason,
        ];
      }),
    });
  }
  return { id: 'traceability', title, blocks };
}

/**
 * Configuration items: hardware CIs with their quantity and a knowledge CI for every
 * functional requirement a knowledge stream covers, each with its delivery.
 */
export function ciListSection(context: ReportContext): ReportSection {
  const { plan, streams } = context;
  const items = itemsById(plan);
  const knowledge = new Set<string>();
  for (const stream of streams) {
    if (!stream.roles.includes(ROLE.knowledge)) continue;
    for (const id of stream.sourceItemIds) {
      if (items.get(id)?.item.kind === 'functional') knowledge.add(id);
    }
  }
  const rows: string[][] = [];
  for (const delivery of plan.packagedPlan.deliveries) {
    for (const item of delivery.items) {
      if (item.kind === 'infrastructure') {
        rows.push([itemName(item), 'Hardware', describeItemDetail(item), deliveryName(delivery)]);
      } else if (item.kind === 'document') {
        rows.push([itemName(item), 'Document', describeItemDetail(item), deliveryName(delivery)]);
      } else if (
        item.kind === 'functional' &&
        knowledge.has(item.id) &&
        items.get(item.id)?.delivery === delivery
      ) {
        rows.push([
          `Knowledge article: ${itemName(item)}`,
          'Knowledge',
          'planned',
          deliveryName(delivery),
        ]);
      }
    }
  }
  const title = 'Configuration items';
  if (rows.length === 0) {
    return {
      id: 'ci-list',
      title,
      blocks: [paragraph('The plan has no hardware, document or knowledge CI.')],
    };
  }
  return {
    id: 'ci-list',
    title,
    blocks: [{ kind: 'table', header: ['CI', 'Type', 'Detail', 'Delivery'], rows }],
  };
}
