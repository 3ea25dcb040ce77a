import { z } from 'zod';

// Build-time configuration, parsed once so a wrong value fails loudly instead of drifting through the app.
const EnvSchema = z.object({
  VITE_API_BASE: z.string().startsWith('/').default('/api'),
  // Show the demo accounts hint on the login page (on by default; set "false" for a production build).
  VITE_DEMO_HINT: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  MODE: z.string(),
  DEV: z.boolean(),
});

export const env = EnvSchema.parse(import.meta.env);
