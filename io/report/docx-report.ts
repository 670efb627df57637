import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { PlanReport, ReportBlock } from '../../core/report/model';

/** A diagram drawn as PNG at 2×; width and height are its size at 1× (CSS pixels). */
export interface ReportPng {
  bytes: Uint8Array;
  width: number;
  height: number;
}

/** The widest and tallest a diagram is placed on an A4 or Letter page inside the margins. */
const MAX_WIDTH = 620;
const MAX_HEIGHT = 860;

/**
 * The report as a Word document (docx), from the same sections as the other formats: headings
 * Word lists in its navigation pane, tables, checklists with ☐/☑, and each diagram as a PNG
 * drawn at 2× (Word shows SVG badly); a diagram that could not be drawn comes as its source.
 */
export async function docxReport(
  report: PlanReport,
  pngFor: (source: string) => ReportPng | undefined,
): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: report.title, heading: HeadingLevel.TITLE }),
  ];
  for (const section of report.sections) {
    // keepNext: a heading never ends a page apart from what it heads.
    children.push(
      new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1, keepNext: true }),
    );
    for (const block of section.blocks) children.push(...blockParts(block, pngFor));
  }
  const document = new Document({
    title: report.title,
    creator: 'Transition Studio',
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** docx's bold run option (the lint takes it for String.prototype.bold, which is deprecated). */
function run(text: string, strong: boolean): TextRun {
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  return new TextRun({ text, bold: strong });
}

function cell(text: string, header: boolean): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [run(text, header)] })],
  });
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((text) => cell(text, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text, false)) })),
    ],
  });
}

function blockParts(
  block: ReportBlock,
  pngFor: (source: string) => ReportPng | undefined,
): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph({ text: block.text })];
    case 'facts':
      return block.rows.map(
        ([label, value]) =>
          new Paragraph({
            children: [run(`${label}: `, true), new TextRun(value)],
          }),
      );
    case 'table':
      return [table(block.header, block.rows), new Paragraph({ text: '' })];
    case 'checklist':
      return block.items.map(
        (item) => new Paragraph({ text: `${item.met ? '\u2611' : '\u2610'} ${item.text}` }),
      );
    case 'diagram': {
      const heading = new Paragraph({
        text: block.title,
        heading: HeadingLevel.HEADING_2,
        keepNext: true,
      });
      const png = pngFor(block.source);
      if (!png) {
        return [
          heading,
          new Paragraph({ text: 'This diagram could not be drawn; its Mermaid source:' }),
          ...block.source.split('\n').map(
            (line) =>
              new Paragraph({
                children: [new TextRun({ text: line, font: 'Consolas', size: 16 })],
              }),
          ),
        ];
      }
      const fit = Math.min(
        1,
        MAX_WIDTH / Math.max(1, png.width),
        MAX_HEIGHT / Math.max(1, png.height),
      );
      return [
        heading,
        new Paragraph({
          children: [
            new ImageRun({
              type: 'png',
              data: png.bytes,
              transformation: {
                width: Math.round(png.width * fit),
                height: Math.round(png.height * fit),
              },
            }),
          ],
        }),
      ];
    }
  }
}
