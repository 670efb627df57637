import { z } from 'zod';
import { DEFAULT_IMAGE_SETTINGS, ImageSettingsSchema } from '../../export/image-settings';
import { ConversionRuleSchema } from '../../plan/schema';

/**
 * The user's preferences, kept in the app database and exchanged over IPC. Every field has a
 * default, so that a missing or damaged setting never stops the app: it falls back alone.
 */
export const ThemeSchema = z.enum(['system', 'light', 'dark']);
export const VocabularySchema = z.enum(['itil3', 'itil4']);

export const ExportDefaultsSchema = z.object({
  format: z.enum(['png', 'svg', 'mmd']),
  ...ImageSettingsSchema.shape,
});

export const SettingsSchema = z.object({
  theme: ThemeSchema,
  exportDefaults: ExportDefaultsSchema,
  vocabulary: VocabularySchema,
  /** Keep the previous version of a plan as `<name>.bak` beside it on every save. */
  backups: z.boolean(),
  /** The rule table new conversions start from; null means the built-in table of the article. */
  defaultConversionRules: z.array(ConversionRuleSchema).nullable(),
});

export type Theme = z.infer<typeof ThemeSchema>;
export type ExportDefaults = z.infer<typeof ExportDefaultsSchema>;
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  exportDefaults: { format: 'png', ...DEFAULT_IMAGE_SETTINGS },
  vocabulary: 'itil3',
  backups: true,
  defaultConversionRules: null,
};

/** What `updateSettings` accepts: any subset, export defaults included field by field. */
export const SettingsPatchSchema = z
  .object({
    theme: ThemeSchema,
    exportDefaults: ExportDefaultsSchema.partial().strict(),
    vocabulary: VocabularySchema,
    backups: z.boolean(),
    defaultConversionRules: z.array(ConversionRuleSchema).nullable(),
  })
  .partial()
  .strict();

export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export function applySettingsPatch(settings: Settings, patch: SettingsPatch): Settings {
  return {
    theme: patch.theme ?? settings.theme,
    exportDefaults: { ...settings.exportDefaults, ...stripUndefined(patch.exportDefaults ?? {}) },
    vocabulary: patch.vocabulary ?? settings.vocabulary,
    backups: patch.backups ?? settings.backups,
    defaultConversionRules:
      patch.defaultConversionRules === undefined
        ? settings.defaultConversionRules
        : patch.defaultConversionRules,
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  ) as Partial<T>;
}
