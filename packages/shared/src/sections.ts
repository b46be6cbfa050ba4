/** The product's sections: where an account can be worked on, and what each is called. */
import { z } from 'zod';

export const sectionKeys = ['health', 'convert', 'contracts', 'pipeline', 're-engage', 'close-the-loop'] as const;
export const sectionSchema = z.enum(sectionKeys);
export type Section = z.infer<typeof sectionSchema>;

export const sectionLabels: Record<Section, string> = {
  health: 'Health',
  convert: 'Convert',
  contracts: 'Contracts',
  pipeline: 'Pipeline',
  're-engage': 'Re-engage',
  'close-the-loop': 'Close the Loop',
};
