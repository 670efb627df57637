import { Kbd, NavLink, Stack, Text } from '@mantine/core';
import { SECTIONS, useUiStore } from '../state/ui-store';
import { SECTION_INFO } from '../ui/sections';

/** The sidebar: one entry per area of the plan, Alt+1…6 to jump. */
export function SectionNav() {
  const current = useUiStore((s) => s.section);
  const showSection = useUiStore((s) => s.showSection);
  return (
    <Stack gap={2}>
      {SECTIONS.map((section, index) => (
        <NavLink
          key={section}
          component="button"
          label={SECTION_INFO[section].label}
          description={
            <Text span size="xs" c="dimmed">
              <Kbd size="xs">Alt+{index + 1}</Kbd>
            </Text>
          }
          title={SECTION_INFO[section].description}
          active={section === current}
          aria-current={section === current ? 'page' : undefined}
          onClick={() => {
            showSection(section);
          }}
        />
      ))}
    </Stack>
  );
}
