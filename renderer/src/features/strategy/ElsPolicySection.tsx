import { Checkbox, Group, Stack, Switch, TagsInput } from '@mantine/core';
import {
  IMPROVEMENT_LEVELS,
  type Cadence,
  type ImprovementLevel,
} from '../../../../core/plan/schema';
import { useDocumentStore } from '../../state/document-store';
import { useFieldError } from '../../ui/field-problems';
import { FormSection } from '../../ui/FormSection';
import { PlanTextarea } from '../../ui/PlanTextField';
import { CadenceField } from '../../ui/CadenceField';
import {
  setElsText,
  setImprovementLevels,
  setIncidentFocus,
  setMeetingAttendees,
  setMeetingCadence,
  setMeetingsHeld,
} from './strategy-edits';

const LEVELS: Record<ImprovementLevel, { label: string; description: string }> = {
  operational: {
    label: 'Operational',
    description: 'Fixes and tuning the support teams make during early life support',
  },
  tactical: {
    label: 'Tactical',
    description: 'Changes to processes, service levels and the next releases',
  },
  strategic: {
    label: 'Strategic',
    description: 'Lessons for the service strategy and future transitions',
  },
};

const MEETINGS_PATH = 'strategy.elsPolicy.meetings';

/** Early life support and continual service improvement: how the new service is looked after. */
export function ElsPolicySection() {
  const policy = useDocumentStore((s) => s.plan?.strategy.elsPolicy);
  const levelsError = useFieldError('strategy.elsPolicy.improvementLevels');
  const attendeesError = useFieldError(`${MEETINGS_PATH}.attendees`);
  const meetings = policy?.meetings;
  return (
    <FormSection
      title="Early life support and improvement"
      description="How the service is looked after once it is live: incident focus, meetings with the people it serves, and where the lessons go."
    >
      <Stack gap="xs">
        <Switch
          label="Heightened incident focus"
          description="Incidents caused by the change get priority handling and a link to the change record while early life support lasts."
          data-path="strategy.elsPolicy.incidentFocus"
          checked={policy?.incidentFocus === true}
          onChange={(event) => {
            setIncidentFocus(event.currentTarget.checked);
          }}
        />
        {policy?.incidentFocus === true ? (
          <PlanTextarea
            ml={54}
            label="How"
            placeholder="e.g. P2 or higher for any incident linked to a release; the release team triages within the hour."
            path="strategy.elsPolicy.incidentNotes"
            value={policy.incidentNotes}
            onValue={(value) => {
              setElsText('incidentNotes', value);
            }}
          />
        ) : null}
      </Stack>
      <Stack gap="xs">
        <Switch
          label="Sunrise and sunset meetings"
          description="Short meetings with sponsors and business owners at the start and end of the day, to hear how the service is doing."
          data-path={MEETINGS_PATH}
          checked={meetings !== undefined}
          onChange={(event) => {
            setMeetingsHeld(event.currentTarget.checked);
          }}
        />
        {meetings ? (
          <Group ml={54} align="flex-start" gap="md" wrap="wrap">
            <Stack gap={4} w={220}>
              <CadenceField
                cadence={meetings.cadence}
                path={`${MEETINGS_PATH}.cadence`}
                owner="sunrise and sunset meetings"
                onChange={(cadence: Cadence, coalesceKey?: string) => {
                  setMeetingCadence(cadence, coalesceKey);
                }}
              />
            </Stack>
            <TagsInput
              style={{ flex: '1 1 16rem' }}
              label="Who attends"
              description="Press Enter after each name or role."
              placeholder={meetings.attendees?.length ? '' : 'e.g. Sponsor, Business owner'}
              data-path={`${MEETINGS_PATH}.attendees`}
              value={meetings.attendees ?? []}
              error={attendeesError}
              splitChars={[',', ';']}
              onChange={setMeetingAttendees}
            />
          </Group>
        ) : null}
      </Stack>
      <Checkbox.Group
        label="Feedback goes into improvement at these levels"
        description="Where what early life support learns is recorded and acted on."
        data-path="strategy.elsPolicy.improvementLevels"
        value={policy?.improvementLevels ?? []}
        error={levelsError}
        onChange={(values) => {
          setImprovementLevels(IMPROVEMENT_LEVELS.filter((level) => values.includes(level)));
        }}
      >
        <Stack gap="xs" mt="xs">
          {IMPROVEMENT_LEVELS.map((level) => (
            <Checkbox
              key={level}
              value={level}
              label={LEVELS[level].label}
              description={LEVELS[level].description}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      <PlanTextarea
        label="Notes"
        placeholder="e.g. Early life support ends after two weeks without a P1 or P2 incident; the service owner signs the exit."
        path="strategy.elsPolicy.notes"
        value={policy?.notes}
        onValue={(value) => {
          setElsText('notes', value);
        }}
      />
    </FormSection>
  );
}
