import { NumberInput, Text } from '@mantine/core';
import { LabelledChoice } from '../../ui/LabelledChoice';
import {
  EXPORT_FORMATS,
  EXPORT_FORMAT_LABELS,
  type ExportFormat,
} from '../../../../core/export/file-names';
import {
  EXPORT_BACKGROUNDS,
  PADDING_RANGE,
  PNG_SCALES,
  type ExportBackground,
} from '../../../../core/export/image-settings';

const BACKGROUND_LABELS: Record<ExportBackground, string> = {
  white: 'White',
  dark: 'Dark',
  transparent: 'Transparent',
};

/** Format, and for images scale, background and padding. */
export function ExportOptions({
  format,
  onFormat,
  scale,
  onScale,
  background,
  onBackground,
  padding,
  onPadding,
  disabled,
}: {
  format: ExportFormat;
  onFormat: (format: ExportFormat) => void;
  scale: number;
  onScale: (scale: number) => void;
  background: ExportBackground;
  onBackground: (background: ExportBackground) => void;
  padding: number;
  onPadding: (padding: number) => void;
  disabled: boolean;
}) {
  const image = format === 'png' || format === 'svg';
  return (
    <>
      <LabelledChoice
        label="Format"
        value={format}
        onChange={onFormat}
        data={EXPORT_FORMATS.map((value) => ({ value, label: EXPORT_FORMAT_LABELS[value] }))}
        disabled={disabled}
      />
      {format === 'png' ? (
        <LabelledChoice
          label="Scale"
          value={String(scale)}
          onChange={(value) => {
            onScale(Number(value));
          }}
          data={PNG_SCALES.map((value) => ({ value: String(value), label: `${String(value)}×` }))}
          disabled={disabled}
        />
      ) : null}
      {image ? (
        <>
          <LabelledChoice
            label="Background"
            value={background}
            onChange={onBackground}
            data={EXPORT_BACKGROUNDS.map((value) => ({ value, label: BACKGROUND_LABELS[value] }))}
            disabled={disabled}
          />
          <NumberInput
            label="Padding (pixels)"
            value={padding}
            min={PADDING_RANGE.min}
            max={PADDING_RANGE.max}
            clampBehavior="strict"
            allowDecimal={false}
            onChange={(value) => {
              onPadding(typeof value === 'number' ? value : 0);
            }}
            disabled={disabled}
            maw={200}
          />
        </>
      ) : null}
      {format === 'md' ? (
        <Text size="sm" c="dimmed">
          The report covers the whole plan: service, packaged plan, streams, metrics and readiness,
          with every diagram as a Mermaid block.
        </Text>
      ) : null}
    </>
  );
}
