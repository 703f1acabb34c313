import type { Theme } from '../types';

/**
 * Keywords (ja and en, lower case) that give away a theme, most specific first. Used to
 * suggest a theme for each category of an imported bank, and for questions without one.
 */
const KEYWORDS: readonly (readonly [Theme, readonly string[]])[] = [
  [
    'safety',
    ['psychological safety', 'safety', 'trust', 'speak up', '心理的安全', '安全', '信頼', '人間関係'],
  ],
  [
    'mvv',
    [
      'mission',
      'vision',
      'value',
      'mvv',
      'culture',
      'purpose',
      'ミッション',
      'ビジョン',
      'バリュー',
      '理念',
      '価値観',
      '文化',
      'パーパス',
    ],
  ],
  ['followership', ['followership', 'ownership', 'initiative', 'フォロワーシップ', '主体', '当事者']],
  [
    'engagement',
    [
      'engagement',
      'motivation',
      'satisfaction',
      'fulfil',
      'enjoy',
      'エンゲージメント',
      'モチベーション',
      'やりがい',
      '満足',
      '楽しい',
    ],
  ],
  [
    'feedback',
    [
      'feedback',
      'manager',
      'support',
      'expectation',
      'evaluation',
      'review',
      'フィードバック',
      '上司',
      '支援',
      'サポート',
      '期待',
      '評価',
    ],
  ],
  [
    'career',
    ['career', 'future', 'goal', 'aspiration', 'dream', 'path', 'キャリア', '将来', '目標', '夢', '志向'],
  ],
  ['challenge', ['challenge', 'risk', 'stretch', 'failure', 'fail', '挑戦', 'チャレンジ', '失敗']],
  [
    'growth',
    [
      'growth',
      'learning',
      'learn',
      'skill',
      'develop',
      'result',
      'achievement',
      '成長',
      '学び',
      'スキル',
      '成果',
      '振り返',
    ],
  ],
  [
    'emotion',
    [
      'emotion',
      'feeling',
      'feel',
      'stress',
      'frustrat',
      'worry',
      'anxious',
      '感情',
      '気持ち',
      '悩み',
      'ストレス',
      '不安',
    ],
  ],
  [
    'condition',
    [
      'condition',
      'check-in',
      'check in',
      'checkin',
      'wellbeing',
      'well-being',
      'health',
      'workload',
      'energy',
      'ice break',
      'icebreaker',
      '体調',
      'コンディション',
      '調子',
      '近況',
      '負荷',
      '業務量',
      'チェックイン',
      '健康',
      'アイスブレイク',
    ],
  ],
  ['verbalize', ['reflection', 'reflect', 'thought', 'verbali', '言語化', '内省', '考え']],
  [
    'action',
    [
      'action',
      'todo',
      'to-do',
      'next step',
      'follow-up',
      'follow up',
      'task',
      'progress',
      'project',
      'アクション',
      '宿題',
      'タスク',
      '進捗',
      '業務',
      'プロジェクト',
    ],
  ],
  ['closing', ['closing', 'wrap', 'summary', '締め', 'まとめ', 'クロージング']],
];

/** Where a category or question gives no hint: engagement is the seed's broadest theme. */
export const FALLBACK_THEME: Theme = 'engagement';

/** The theme whose keywords appear first in the table for this text, if any. */
export function guessTheme(text: string): Theme | undefined {
  const lower = text.normalize('NFKC').toLowerCase();
  for (const [theme, words] of KEYWORDS) {
    if (words.some((w) => lower.includes(w))) return theme;
  }
  return undefined;
}
