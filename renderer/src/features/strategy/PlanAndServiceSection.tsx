import { SimpleGrid } from '@mantine/core';
import { useDocumentStore } from '../../state/document-store';
import { FormSection } from '../../ui/FormSection';
import { PlanTextInput } from '../../ui/PlanTextField';
import { setPlanTitle, setServiceName, setServiceOwner } from './strategy-edits';
import { FIELD_LABELS } from '../../../../core/plan/field-labels';

/** What the plan is called and the service it transitions, with who owns that service. */
export function PlanAndServiceSection() {
  const title = useDocumentStore((s) => s.plan?.title);
  const name = useDocumentStore((s) => s.plan?.service.name);
  const owner = useDocumentStore((s) => s.plan?.service.owner);
  return (
    <FormSection
      title="Plan and service"
      description="The service going live or changing, and who owns it: the service owner signs off early life support and carries continual improvement afterwards."
    >
      <PlanTextInput
        label={FIELD_LABELS.planTitle}
        path="title"
        value={title}
        onValue={setPlanTitle}
      />
      <SimpleGrid type="container" cols={{ base: 1, '560px': 2 }} spacing="md">
        <PlanTextInput
          label={FIELD_LABELS.service}
          placeholder="e.g. Online payments"
          path="service.name"
          value={name}
          onValue={setServiceName}
        />
        <PlanTextInput
          label={FIELD_LABELS.serviceOwner}
          placeholder="A named person or role"
          path="service.owner"
          value={owner}
          onValue={setServiceOwner}
        />
      </SimpleGrid>
    </FormSection>
  );
}
