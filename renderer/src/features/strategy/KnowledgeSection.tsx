import { SimpleGrid } from '@mantine/core';
import { useDocumentStore } from '../../state/document-store';
import { FormSection } from '../../ui/FormSection';
import { PlanTextarea } from '../../ui/PlanTextField';
import { setStrategyText } from './strategy-edits';

/** How knowledge and configuration records keep up with the change. */
export function KnowledgeSection() {
  const knowledge = useDocumentStore((s) => s.plan?.strategy.knowledgeNotes);
  const configuration = useDocumentStore((s) => s.plan?.strategy.configurationNotes);
  return (
    <FormSection
      title="Knowledge and configuration"
      description="What the service desk and support teams need to know, and how the configuration records follow each release."
    >
      <SimpleGrid type="container" cols={{ base: 1, '640px': 2 }} spacing="md">
        <PlanTextarea
          label="Knowledge management"
          placeholder="e.g. Knowledge articles written with each functional requirement and verified before release."
          minRows={3}
          path="strategy.knowledgeNotes"
          value={knowledge}
          onValue={(value) => {
            setStrategyText('knowledgeNotes', value);
          }}
        />
        <PlanTextarea
          label="Configuration management"
          placeholder="e.g. Hardware CIs registered in the CMS before delivery; baselines taken at each release."
          minRows={3}
          path="strategy.configurationNotes"
          value={configuration}
          onValue={(value) => {
            setStrategyText('configurationNotes', value);
          }}
        />
      </SimpleGrid>
    </FormSection>
  );
}
