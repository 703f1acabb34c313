import type { Prompt } from '@/lib/prompts/types';

// Action items: following up last time's promises (mine as well as theirs) early in the
// call, and agreeing small next steps at the end, so the 1on1 is more than a talk.
// Follow-ups are tagged opening/middle; next steps closing only — the engine relies on it.
export const actionPrompts: readonly Prompt[] = [
  {
    id: 'action-since-last-time',
    text: {
      ja: '前回決めたことは、その後どうなりましたか？',
      en: 'Where are we on the things we agreed last time?',
    },
    themes: ['action'],
    phases: ['opening', 'middle'],
    depth: 'light',
    source: '1on1-guide/follow-up',
  },
  {
    id: 'action-what-got-stuck',
    text: {
      ja: '前回のアクションで、進めにくかったものはありますか？何が引っかかっていましたか？',
      en: "Did any of last time's actions get stuck? What got in the way?",
    },
    themes: ['action', 'verbalize'],
    phases: ['opening', 'middle'],
    wants: ['think-together', 'advice'],
    depth: 'light',
    source: '1on1-guide/follow-up',
  },
  {
    id: 'action-what-worked',
    text: {
      ja: '前回からやってみたことの中で、手応えがあったのはどれですか？',
      en: 'Of what you tried since last time, what felt like it worked?',
    },
    themes: ['action', 'growth'],
    phases: ['opening', 'middle'],
    wants: ['think-together', 'listen'],
    mood: { min: 2, max: 5 },
    depth: 'light',
    source: '1on1-guide/small-progress',
  },
  {
    id: 'action-still-needed',
    text: {
      ja: '前回のアクションの中で、状況が変わってもう必要なくなったものはありますか？',
      en: "Is anything on last time's list no longer worth doing, now that things have changed?",
    },
    themes: ['action'],
    phases: ['opening', 'middle'],
    wants: ['think-together', 'advice'],
    depth: 'light',
    source: '1on1-guide/follow-up',
  },
  {
    id: 'action-my-promises',
    text: {
      ja: '前回私が引き受けたことで、まだ動けていないものはありませんか？',
      en: "Did I follow through on what I said I'd do last time? Anything I've dropped?",
    },
    themes: ['action', 'feedback'],
    phases: ['opening', 'middle'],
    depth: 'light',
    source: '1on1-guide/follow-up',
  },
  {
    id: 'action-unblock',
    text: {
      ja: '止まっているアクションを動かすために、私にできることはありますか？',
      en: 'What could I do to get a stalled action moving again?',
    },
    themes: ['action', 'feedback'],
    phases: ['middle'],
    wants: ['advice', 'think-together'],
    depth: 'light',
    source: '1on1-guide/follow-up',
  },
  {
    id: 'action-one-thing-to-try',
    text: {
      ja: '次回までに、何を一つやってみますか？',
      en: "What's one thing you'll try before we next meet?",
    },
    themes: ['action', 'closing'],
    phases: ['closing'],
    wants: ['think-together', 'advice'],
    depth: 'light',
    source: '1on1-guide/closing',
  },
  {
    id: 'action-who-what-when',
    text: {
      ja: '今日決めたことについて、誰が・何を・いつまでにやるか確認させてください。',
      en: "Let's confirm today's actions: who does what, and by when?",
    },
    themes: ['action', 'closing'],
    phases: ['closing'],
    wants: ['advice', 'think-together'],
    depth: 'light',
    source: '1on1-guide/closing',
  },
  {
    id: 'action-right-size',
    text: {
      ja: 'そのアクションは、次回までに無理なくできる大きさになっていますか？',
      en: 'Is that action small enough to actually get done before next time?',
    },
    themes: ['action'],
    phases: ['closing'],
    wants: ['think-together', 'advice'],
    depth: 'light',
    source: '1on1-guide/closing',
  },
  {
    id: 'action-what-progress-looks-like',
    text: {
      ja: '次の1on1でどんな状態になっていたら、「進んだ」と言えそうですか？',
      en: "What would 'progress' look like by our next 1on1?",
    },
    themes: ['action', 'growth'],
    phases: ['closing'],
    wants: ['think-together'],
    depth: 'light',
    source: '1on1-guide/closing',
  },
];
