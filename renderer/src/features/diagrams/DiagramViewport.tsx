import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import {
  TransformComponent,
  TransformWrapper,
  type ReactZoomPanPinchRef,
} from 'react-zoom-pan-pinch';

interface Props {
  svg: string;
  title: string;
  height: number;
}

/**
 * A drawn diagram with zoom and pan: mouse wheel, drag, pinch, the buttons, and the keyboard
 * (focus the drawing, then arrows pan and + / − zoom).
 */
const MARGIN = 12;
const MIN_HEIGHT = 160;

/**
 * Scales the drawing to the viewport's width (never above its own size) and shows its top:
 * a tall diagram stays readable and is panned down, a wide one fits across.
 */
function fit(
  viewport: ReactZoomPanPinchRef | null,
  drawing: SVGSVGElement | null,
  whole: boolean,
  maxHeight?: number,
) {
  const wrapper = viewport?.instance.wrapperComponent;
  if (!viewport || !wrapper || !drawing) return;
  const width = Number(drawing.getAttribute('width'));
  const height = Number(drawing.getAttribute('height'));
  if (!(width > 0 && height > 0)) return;
  if (maxHeight !== undefined) {
    // A short, wide drawing (a Gantt chart) gets a short viewport rather than empty space.
    const fitted = height * Math.min(1, (wrapper.clientWidth - 2 * MARGIN) / width);
    wrapper.style.height = `${String(Math.round(Math.min(maxHeight, Math.max(MIN_HEIGHT, fitted + 2 * MARGIN))))}px`;
  }
  const across = (wrapper.clientWidth - 2 * MARGIN) / width;
  const down = (wrapper.clientHeight - 2 * MARGIN) / height;
  const scale = Math.max(0.05, Math.min(1, whole ? Math.min(across, down) : across));
  const x = (wrapper.clientWidth - width * scale) / 2;
  const y = whole ? (wrapper.clientHeight - height * scale) / 2 : MARGIN;
  void viewport.setTransform(x, Math.max(MARGIN, y), scale, 0);
}

export function DiagramViewport({ svg, title, height }: Props) {
  const transform = useRef<ReactZoomPanPinchRef>(null);
  const content = useRef<HTMLDivElement>(null);
  const drawing = (): SVGSVGElement | null => content.current?.querySelector('svg') ?? null;
  // Until the user zooms or pans, the drawing follows the panel's width (the panel settles its
  // size after the first layout, and the user resizes it).
  const userMoved = useRef(false);
  const moved = (): void => {
    userMoved.current = true;
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
    userMoved.current = false;
    fit(transform.current, element, false, height);
  }, [svg, height]);

  useEffect(() => {
    const wrapper = transform.current?.instance.wrapperComponent;
    if (!wrapper) return;
    let width = wrapper.clientWidth;
    const observer = new ResizeObserver(() => {
      if (wrapper.clientWidth === width) return;
      width = wrapper.clientWidth;
      if (!userMoved.current) fit(transform.current, drawing(), false, height);
    });
    observer.observe(wrapper);
    return () => {
      observer.disconnect();
    };
  }, [height]);

  return (
    <div style={{ position: 'relative' }}>
      <ZoomControls transform={transform} drawing={drawing} moved={moved} />
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
      >
        <TransformComponent
          wrapperStyle={{ width: '100%', height }}
          wrapperProps={{
            tabIndex: 0,
            role: 'group',
            'aria-label': `${title}: drag to pan, mouse wheel or + and − to zoom`,
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
    </div>
  );
}

/** Zoom in and out, fit to width, whole diagram, actual size. */
function ZoomControls({
  transform,
  drawing,
  moved,
}: {
  transform: RefObject<ReactZoomPanPinchRef | null>;
  drawing: () => SVGSVGElement | null;
  moved: () => void;
}) {
  return (
    <Group gap={4} style={{ position: 'absolute', top: 8, right: 8, zIndex: 2 }}>
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
          fit(transform.current, drawing(), false);
        }}
      >
        ↔
      </ZoomButton>
      <ZoomButton
        label="Show the whole diagram"
        ariaLabel="Show the whole diagram"
        onClick={() => {
          fit(transform.current, drawing(), true);
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
