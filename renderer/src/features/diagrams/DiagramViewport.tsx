import { ActionIcon, Group, Stack, Tooltip } from '@mantine/core';
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import {
  TransformComponent,
  TransformWrapper,
  type ReactZoomPanPinchRef,
} from 'react-zoom-pan-pinch';
import { forgetZoom, rememberZoom, rememberedZoom } from './zoom-memory';

/**
 * How a diagram opens: `width` fits it across the viewport (never above its own size);
 * `readable` does too unless that would shrink its text below a size a person can read, then
 * it opens at that size at the start (left) of the chart, to be panned. Gantt charts are wide
 * and short, so fitted into a side panel their text is about 4 px: they open `readable`.
 */
export type OpenFit = 'width' | 'readable';

interface Props {
  svg: string;
  title: string;
  height: number;
  fitMode?: OpenFit;
  /** Keys the zoom the user chose, kept when they leave the view and come back. */
  zoomKey?: string;
}

const MARGIN = 12;
const MIN_HEIGHT = 160;
/** The smallest scale a `readable` diagram opens at: Mermaid's 11 px chart text stays ≥ 8 px. */
const READABLE_SCALE = 0.75;

/**
 * Scales the drawing to the viewport's width (never above its own size) and shows its top:
 * a tall diagram stays readable and is panned down, a wide one fits across.
 */
function fit(
  viewport: ReactZoomPanPinchRef | null,
  drawing: SVGSVGElement | null,
  how: OpenFit | 'whole',
  maxHeight?: number,
) {
  const wrapper = viewport?.instance.wrapperComponent;
  if (!viewport || !wrapper || !drawing) return;
  const width = Number(drawing.getAttribute('width'));
  const height = Number(drawing.getAttribute('height'));
  if (!(width > 0 && height > 0)) return;
  const across = (wrapper.clientWidth - 2 * MARGIN) / width;
  const opening = how === 'readable' ? Math.max(across, READABLE_SCALE) : across;
  if (maxHeight !== undefined) {
    // A short, wide drawing (a Gantt chart) gets a short viewport rather than empty space.
    const fitted = height * Math.min(1, opening);
    wrapper.style.height = `${String(Math.round(Math.min(maxHeight, Math.max(MIN_HEIGHT, fitted + 2 * MARGIN))))}px`;
  }
  const down = (wrapper.clientHeight - 2 * MARGIN) / height;
  const scale = Math.max(0.05, Math.min(1, how === 'whole' ? Math.min(across, down) : opening));
  const x =
    width * scale > wrapper.clientWidth ? MARGIN : (wrapper.clientWidth - width * scale) / 2;
  const y = how === 'whole' ? (wrapper.clientHeight - height * scale) / 2 : MARGIN;
  void viewport.setTransform(x, Math.max(MARGIN, y), scale, 0);
}

export function DiagramViewport({ svg, title, height, fitMode = 'width', zoomKey }: Props) {
  const transform = useRef<ReactZoomPanPinchRef>(null);
  const content = useRef<HTMLDivElement>(null);
  const drawing = (): SVGSVGElement | null => content.current?.querySelector('svg') ?? null;
  // Until the user zooms or pans, the drawing follows the panel's width (the panel settles its
  // size after the first layout, and the user resizes it).
  const userMoved = useRef(false);
  const moved = (): void => {
    userMoved.current = true;
  };
  const refit = (how: OpenFit | 'whole'): void => {
    userMoved.current = false;
    if (zoomKey !== undefined) forgetZoom(zoomKey);
    fit(transform.current, drawing(), how);
  };

  // Mermaid sizes its SVG to the container width; here it keeps its own size and zoom scales it.
  useLayoutEffect(() => {
    const element = content.current?.querySelector('svg');
    if (!element) return;
    const box = element.viewBox.baseVal as SVGRect | null;
    if (box && box.width > 0 && box.height > 0) {
      element.setAttribute('width', String(box.width));
      element.setAttribute('height', String(box.height));
    }
    element.style.maxWidth = 'none';
    element.setAttribute('focusable', 'false');
    fit(transform.current, element, fitMode, height);
    const kept = zoomKey === undefined ? undefined : rememberedZoom(zoomKey);
    userMoved.current = kept !== undefined;
    if (kept) void transform.current?.setTransform(kept.positionX, kept.positionY, kept.scale, 0);
  }, [svg, height, fitMode, zoomKey]);

  useEffect(() => {
    const wrapper = transform.current?.instance.wrapperComponent;
    if (!wrapper) return;
    let width = wrapper.clientWidth;
    const observer = new ResizeObserver(() => {
      if (wrapper.clientWidth === width) return;
      width = wrapper.clientWidth;
      if (!userMoved.current) fit(transform.current, drawing(), fitMode, height);
    });
    observer.observe(wrapper);
    return () => {
      observer.disconnect();
    };
  }, [height, fitMode]);

  return (
    <Stack gap={6}>
      {/* The controls sit above the drawing, never on it. */}
      <ZoomControls transform={transform} moved={moved} refit={refit} fitMode={fitMode} />
      <TransformWrapper
        ref={transform}
        minScale={0.05}
        maxScale={8}
        limitToBounds={false}
        keyboard={{ disabled: false }}
        doubleClick={{ mode: 'zoomIn' }}
        onPanningStart={moved}
        onWheelStart={moved}
        onPinchStart={moved}
        onTransform={(_, state) => {
          if (userMoved.current && zoomKey !== undefined) rememberZoom(zoomKey, state);
        }}
      >
        <TransformComponent
          wrapperStyle={{ width: '100%', height }}
          wrapperProps={{
            tabIndex: 0,
            role: 'group',
            'aria-label': `${title}: drag to pan, mouse wheel or + and − to zoom`,
            onKeyDown: moved,
          }}
        >
          <div
            ref={content}
            role="img"
            aria-label={title}
            data-testid="diagram-svg"
            // Mermaid's output, sanitised by Mermaid itself (securityLevel strict, DOMPurify).
            dangerouslySetInnerHTML={{ __html: svg }}
          />
        </TransformComponent>
      </TransformWrapper>
    </Stack>
  );
}

/** Zoom in and out, fit to width, whole diagram, actual size. */
function ZoomControls({
  transform,
  moved,
  refit,
  fitMode,
}: {
  transform: RefObject<ReactZoomPanPinchRef | null>;
  moved: () => void;
  refit: (how: OpenFit | 'whole') => void;
  fitMode: OpenFit;
}) {
  return (
    <Group gap={4} justify="flex-end" data-testid="zoom-controls">
      <ZoomButton
        label="Zoom in"
        ariaLabel="Zoom in"
        onClick={() => {
          moved();
          void transform.current?.zoomIn();
        }}
      >
        +
      </ZoomButton>
      <ZoomButton
        label="Zoom out"
        ariaLabel="Zoom out"
        onClick={() => {
          moved();
          void transform.current?.zoomOut();
        }}
      >
        −
      </ZoomButton>
      <ZoomButton
        label="Fit to width"
        ariaLabel="Fit to width"
        onClick={() => {
          refit(fitMode);
        }}
      >
        ↔
      </ZoomButton>
      <ZoomButton
        label="Show the whole diagram"
        ariaLabel="Show the whole diagram"
        onClick={() => {
          refit('whole');
        }}
      >
        ⤢
      </ZoomButton>
      <ZoomButton
        label="Actual size"
        ariaLabel="1:1, actual size"
        onClick={() => {
          moved();
          void transform.current?.setTransform(MARGIN, MARGIN, 1, 150);
        }}
      >
        1:1
      </ZoomButton>
    </Group>
  );
}

function ZoomButton({
  label,
  ariaLabel,
  onClick,
  children,
}: {
  label: string;
  ariaLabel: string;
  onClick: () => void;
  children: string;
}) {
  return (
    <Tooltip label={label}>
      <ActionIcon variant="default" aria-label={ariaLabel} onClick={onClick}>
        {children}
      </ActionIcon>
    </Tooltip>
  );
}
