/** Building blocks of the row schemas in tables.ts: bounded text, ids, stamps, enums, JSON. */
import * as v from 'valibot';
import { MAX_NOTE_LENGTH } from '../limits';
import type { FollowerType, Theme, Want } from '../types';

/** Stamps before this are certainly wrong (the product did not exist). */
export const EARLIEST_STAMP = Date.UTC(2000, 0, 1);
/** Clocks drift and machines move between time zones: allow a day into the future. */
export const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;
export const MAX_SETTING_KEY_LENGTH = 100;
/** Bounds for setting values, which the product stores as plain JSON. */
export const MAX_SETTING_STRING = MAX_NOTE_LENGTH;
const MAX_SETTING_ITEMS = 1_000;
/** Bounds of free-text profile fields and lists, which the product does not limit itself. */
export const MAX_SHORT_TEXT = 1_000;
export const MAX_URL_LENGTH = 2_048;
export const MAX_LIST_ITEMS = 1_000;
export { MAX_PLANNED_MINUTES } from '../limits';

// Exhaustive: adding a theme, follower type or want without listing it here fails to compile.
export const THEMES = keysOf<Theme>({
  condition: 1,
  career: 1,
  emotion: 1,
  verbalize: 1,
  growth: 1,
  safety: 1,
  feedback: 1,
  challenge: 1,
  engagement: 1,
  followership: 1,
  mvv: 1,
  action: 1,
  closing: 1,
});
export const FOLLOWER_TYPES = keysOf<FollowerType>({
  exemplary: 1,
  conformist: 1,
  passive: 1,
  alienated: 1,
  pragmatist: 1,
});
export const WANTS = keysOf<Want>({ advice: 1, 'think-together': 1, listen: 1 });
export const MOODS = [1, 2, 3, 4, 5] as const;
export const OWNERS = ['me', 'member'] as const;

function keysOf<K extends string>(all: Record<K, 1>): K[] {
  return Object.keys(all) as K[];
}

export interface StampRange {
  min: number;
  max: number;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export const jsonValue: v.GenericSchema<JsonValue> = v.lazy(() =>
  v.union([
    v.pipe(v.string(), v.maxLength(MAX_SETTING_STRING)),
    v.pipe(v.number(), v.finite()),
    v.boolean(),
    v.null(),
    v.pipe(v.array(jsonValue), v.maxLength(MAX_SETTING_ITEMS)),
    v.pipe(
      v.record(v.pipe(v.string(), v.maxLength(MAX_SETTING_KEY_LENGTH)), jsonValue),
      v.maxEntries(MAX_SETTING_ITEMS),
    ),
  ]),
);

export const uuid = v.pipe(v.string(), v.uuid());

/** The message of a stamp outside its range, so parse.ts can tell it from other issues. */
export const STAMP_OUT_OF_RANGE = 'Date out of range';

export function stamp(range: StampRange) {
  return v.pipe(
    v.number(),
    v.integer(),
    v.minValue(range.min, STAMP_OUT_OF_RANGE),
    v.maxValue(range.max, STAMP_OUT_OF_RANGE),
  );
}

/** A calendar day `YYYY-MM-DD` that exists (isoDate alone lets 2026-02-30 through). */
export const day = v.pipe(
  v.string(),
  v.isoDate(),
  v.check((s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'Invalid day'),
);

export function text(min: number, max: number) {
  return v.pipe(v.string(), v.minLength(min), v.maxLength(max));
}
