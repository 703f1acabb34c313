/** A small, fast PRNG (mulberry32): the same seed gives the same data on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const JA_TOPICS = [
  '資料',
  '評価面談',
  'キャリア',
  '目標設定',
  '週報',
  '採用',
  '予算',
  'リリース',
  '障害対応',
  'レビュー',
  '育成',
  '異動',
  '体調',
  '残業',
  '家族',
  '研修',
  '資格',
  '顧客',
  '見積',
  '引き継ぎ',
  'チーム',
  '会議',
  '優先順位',
  '振り返り',
  '新人',
  'テスト',
  '設計',
  '品質',
  '締め切り',
  '提案書',
];
const JA_PREDICATES = [
  'について話した',
  'を共有した',
  'の進め方を相談された',
  'で悩んでいる様子',
  'は来週までに準備する',
  'の期限を確認した',
  'がうまくいって自信がついたとのこと',
  'について本人の考えを聞いた',
  'を一緒に整理した',
  'に時間がかかっている',
  'の目標を見直したい',
  'は順調',
];
const EN_TOPICS = [
  'feedback',
  'career plan',
  'promotion',
  'onboarding',
  'roadmap',
  'deck',
  'hiring',
  'budget',
  'incident',
  'code review',
  'workload',
  'offsite',
  'customer call',
  'design doc',
  'OKRs',
  'mentoring',
  'retro',
  'deadline',
  'training',
  'release',
];
const EN_PREDICATES = [
  'came up again',
  'needs a decision by Friday',
  'went well last sprint',
  'is blocking the team',
  'should be shared with the team',
  'was discussed in detail',
  'is their main worry',
  'to follow up next time',
];
const KINDS = ['note', 'note', 'note', 'note', 'action', 'decision', 'quote', 'private', 'moment'] as const;

export interface SeedRow {
  [key: string]: unknown;
  id: string;
}

export interface Seeded {
  members: SeedRow[];
  sessions: SeedRow[];
  notes: SeedRow[];
}

function uuid(rand: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(rand() * 4)]!;
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function noteText(rand: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  if (rand() < 0.6) {
    const first = `${pick(JA_TOPICS)}${pick(JA_PREDICATES)}。`;
    return rand() < 0.4 ? `${first}${pick(JA_TOPICS)}${pick(JA_PREDICATES)}。` : first;
  }
  const text = `${pick(EN_TOPICS)} ${pick(EN_PREDICATES)}`;
  return rand() < 0.3 ? `${text}; ${pick(JA_TOPICS)}${pick(JA_PREDICATES)}` : text;
}

export const NOW = Date.UTC(2026, 10, 27, 9, 0);
const DAY = 86_400_000;
export const CURRENT_NOTES = 30;
export const LONG_SESSION_NOTES = 500;

/** The 200 members, the selected member's running session (30 notes) and a 500-note session of another member. */
export function seedBase(
  seed = 1,
): Seeded & { current: { memberId: string; sessionId: string }; long: { memberId: string } } {
  const rand = prng(seed);
  const members = Array.from({ length: 200 }, (_, i) => ({
    id: uuid(rand),
    name: i % 2 ? `Member ${i}` : `メンバー${i}`,
    createdAt: NOW - 1200 * DAY + i,
    archived: false,
    callUrls: [],
  }));
  const sessions: SeedRow[] = [];
  const notes: SeedRow[] = [];
  const session = (memberId: string, startedAt: number, running: boolean, count: number) => {
    const id = uuid(rand);
    sessions.push({
      id,
      memberId,
      startedAt,
      plannedMinutes: 30,
      askedPromptIds: [],
      ...(running ? {} : { endedAt: startedAt + 30 * 60_000 }),
    });
    for (let i = 0; i < count; i++) notes.push(note(rand, id, memberId, startedAt + i * 3_000));
    return id;
  };
  const current = {
    memberId: members[0]!.id,
    sessionId: session(members[0]!.id, NOW - 20 * 60_000, true, CURRENT_NOTES),
  };
  session(members[1]!.id, NOW - 2 * DAY, false, LONG_SESSION_NOTES);
  return { members, sessions, notes, current, long: { memberId: members[1]!.id } };
}

function note(rand: () => number, sessionId: string, memberId: string, createdAt: number): SeedRow {
  const kind = KINDS[Math.floor(rand() * KINDS.length)]!;
  const text = kind === 'moment' ? '' : noteText(rand);
  return {
    id: uuid(rand),
    sessionId,
    memberId,
    kind,
    text,
    createdAt,
    ...(kind === 'action' ? { action: { owner: rand() < 0.5 ? 'me' : 'member' } } : {}),
  };
}

/**
 * The members with `lastMetAt` as the product keeps it (storage/sessions startSession): the
 * start of each one's latest session among `sessions` and what they had before.
 */
export function withLastMet(members: readonly SeedRow[], sessions: readonly SeedRow[]): SeedRow[] {
  const last = new Map<unknown, number>();
  for (const s of sessions)
    last.set(s.memberId, Math.max(last.get(s.memberId) ?? -Infinity, s.startedAt as number));
  return members.map((m) => {
    const at = Math.max(last.get(m.id) ?? -Infinity, (m.lastMetAt as number | undefined) ?? -Infinity);
    return at === -Infinity ? m : { ...m, lastMetAt: at };
  });
}

/** `count` more notes in past sessions (25 notes each) of the 200 members, older than the base data. */
export function seedHistory(
  memberIds: readonly string[],
  count: number,
  seed: number,
): Omit<Seeded, 'members'> {
  const rand = prng(seed);
  const sessions: SeedRow[] = [];
  const notes: SeedRow[] = [];
  for (let made = 0; made < count;) {
    const memberId = memberIds[Math.floor(rand() * memberIds.length)]!;
    const startedAt = NOW - Math.floor((3 + rand() * 1100) * DAY);
    const id = uuid(rand);
    sessions.push({
      id,
      memberId,
      startedAt,
      endedAt: startedAt + 30 * 60_000,
      plannedMinutes: 30,
      askedPromptIds: [],
    });
    for (let i = 0; i < 25 && made < count; i++, made++)
      notes.push(note(rand, id, memberId, startedAt + i * 60_000));
  }
  return { sessions, notes };
}
