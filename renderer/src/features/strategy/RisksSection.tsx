import {
  Badge,
  Button,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { RemoveRowButton } from '../../ui/RemoveRowButton';
import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { RISK_LEVELS, type Risk, type RiskLevel } from '../../../../core/plan/schema';
import { useDocumentStore } from '../../state/document-store';
import { useFieldError } from '../../ui/field-problems';
import { FormSection } from '../../ui/FormSection';
import { PlusIcon } from '../../ui/icons';
import { PlanTextInput } from '../../ui/PlanTextField';
import { setOptionalText } from '../../ui/edit-plan';
import { addRisk, removeRisk, updateRisk } from './strategy-edits';

const LEVEL_LABELS: Record<RiskLevel, string> = { low: 'Low', medium: 'Medium', high: 'High' };
const SCORE: Record<RiskLevel, number> = { low: 1, medium: 2, high: 3 };

function isLevel(value: string): value is RiskLevel {
  return (RISK_LEVELS as readonly string[]).includes(value);
}

/** How much attention a risk needs: likelihood times impact, in three bands. */
function exposure(risk: Risk): { label: string; color: string } {
  const score = SCORE[risk.likelihood] * SCORE[risk.impact];
  if (score >= 6) return { label: 'High', color: 'red' };
  if (score >= 3) return { label: 'Medium', color: 'yellow' };
  return { label: 'Low', color: 'teal' };
}

/** The transition's risk register: what could go wrong, how likely, how bad, what is done. */
export function RisksSection() {
  const risks = useDocumentStore(useShallow((s) => s.plan?.strategy.risks ?? []));
  const [focusId, setFocusId] = useState<string | null>(null);
  const add = () => {
    setFocusId(addRisk());
  };
  return (
    <FormSection
      title="Risks"
      description="What could stop the transition or hurt the service, rated by likelihood and impact, with the mitigation."
      actions={
        <Button
          size="xs"
          variant="light"
          leftSection={<PlusIcon />}
          onClick={add}
          data-path="strategy.risks"
        >
          Add risk
        </Button>
      }
    >
      {risks.length === 0 ? (
        <Text size="sm" c="dimmed">
          No risks recorded. Add the first one: a late hardware delivery, a vendor dependency, a
          busy period for the business.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          {/* The rating is one narrow column (likelihood, impact, exposure stacked): the risk and
              its mitigation get the width, so they can be read beside the live diagram. */}
          <Table verticalSpacing={6} horizontalSpacing="xs" aria-label="Risks" layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Risk and mitigation</Table.Th>
                <Table.Th w={132}>Rating</Table.Th>
                <Table.Th w={44}>
                  <VisuallyHidden>Remove</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {risks.map((risk, index) => (
                <RiskRow
                  key={risk.id}
                  risk={risk}
                  index={index}
                  focus={risk.id === focusId}
                  onFocused={() => {
                    setFocusId(null);
                  }}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </FormSection>
  );
}

function RiskRow({
  risk,
  index,
  focus,
  onFocused,
}: {
  risk: Risk;
  index: number;
  focus: boolean;
  onFocused: () => void;
}) {
  const path = `strategy.risks[${String(index)}]`;
  const descriptionRef = useRef<HTMLInputElement>(null);
  const descriptionError = useFieldError(`${path}.description`);
  const idError = useFieldError(`${path}.id`);
  const likelihoodError = useFieldError(`${path}.likelihood`);
  const impactError = useFieldError(`${path}.impact`);
  useEffect(() => {
    if (!focus) return;
    descriptionRef.current?.focus();
    onFocused();
  }, [focus, onFocused]);
  const label = risk.description.trim() === '' ? `risk ${risk.id}` : risk.description;
  const band = exposure(risk);
  return (
    <Table.Tr data-testid="risk-row">
      <Table.Td style={{ verticalAlign: 'top' }}>
        <TextInput
          ref={descriptionRef}
          size="sm"
          aria-label={`Description of risk ${risk.id}`}
          placeholder="What could go wrong"
          data-path={`${path}.description`}
          value={risk.description}
          error={
            [idError && `Id ${idError}`, descriptionError].filter(Boolean).join('; ') || undefined
          }
          onChange={(event) => {
            const value = event.currentTarget.value;
            updateRisk(
              index,
              (draft) => {
                draft.description = value;
              },
              `${path}.description`,
            );
          }}
        />
        <PlanTextInput
          size="sm"
          mt={6}
          aria-label={`Mitigation of ${label}`}
          placeholder="What is done about it"
          path={`${path}.mitigation`}
          value={risk.mitigation}
          onValue={(value) => {
            updateRisk(
              index,
              (draft) => {
                setOptionalText(draft, 'mitigation', value);
              },
              `${path}.mitigation`,
            );
          }}
        />
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <Stack gap={6}>
          {(['likelihood', 'impact'] as const).map((field) => (
            <NativeSelect
              key={field}
              size="sm"
              w={116}
              aria-label={`${field === 'likelihood' ? 'Likelihood' : 'Impact'} of ${label}`}
              data-path={`${path}.${field}`}
              value={risk[field]}
              error={field === 'likelihood' ? likelihoodError : impactError}
              data={RISK_LEVELS.map((level) => ({ value: level, label: LEVEL_LABELS[level] }))}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (!isLevel(value)) return;
                updateRisk(index, (draft) => {
                  draft[field] = value;
                });
              }}
            />
          ))}
          <Badge color={band.color} variant="dot" radius="sm" tt="none" data-testid="risk-exposure">
            {band.label}
          </Badge>
        </Stack>
      </Table.Td>
      <Table.Td>
        <RemoveRowButton
          tip="Remove this risk"
          label={`Remove ${label}`}
          onRemove={() => {
            removeRisk(index);
          }}
        />
      </Table.Td>
    </Table.Tr>
  );
}
