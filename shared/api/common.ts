import { z } from 'zod';

export const idSchema = z.uuid();
export const isoDate = z.iso.date();
export const isoDateTime = z.iso.datetime({ offset: true });
export const byId = z.strictObject({ id: idSchema });

/** Free text that is never rich: trimmed, bounded. */
export const shortText = (max = 200) => z.string().trim().max(max);
