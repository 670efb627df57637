import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { useLayoutEffect, useRef } from 'react';
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
export function DiagramViewport({ svg, title, height }: Props) {
  const transform = useRef<ReactZoomPanPinchRef>(null);
  const content = useRef<HTMLDivElement>(null);

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
    void transform.current?.fitToView({ mode: 'contain' });
  }, [svg]);

  return (
    <div style={{ position: 'relative' }}>
      <Group gap={4} style={{ position: 'absolute', top: 8, right: 8, zIndex: 2 }}>
        <Tooltip label="Zoom in">
          <ActionIcon
            variant="default"
            aria-label="Zoom in"
            onClick={() => void transform.current?.zoomIn()}
          >
            +
          </ActionIcon>
        </Tooltip>
        <Tooltip label="Zoom out">
          <ActionIcon
            variant="default"
            aria-label="Zoom out"
            onClick={() => void transform.current?.zoomOut()}
          >
            −
          </ActionIcon>
        </Tooltip>
        <Tooltip label="Fit to view">
          <ActionIcon
            variant="default"
            aria-label="Fit to view"
            onClick={() => void transform.current?.fitToView({ mode: 'contain' })}
          >
            ⤢
          </ActionIcon>
        </Tooltip>
        <Tooltip label="Actual size">
          <ActionIcon
            variant="default"
            aria-label="Actual size"
            onClick={() => void transform.current?.resetTransform()}
          >
            1:1
          </ActionIcon>
        </Tooltip>
      </Group>
      <TransformWrapper
        ref={transform}
        minScale={0.05}
        maxScale={8}
        limitToBounds={false}
        centerOnInit
        keyboard={{ disabled: false }}
        doubleClick={{ mode: 'zoomIn' }}
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
