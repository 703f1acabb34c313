import type { Prompt } from '@/lib/prompts/types';

// Engagement: the psychological bond between a person and the organisation. Systems and
// slogans alone do not create it; dialogue that explains intent and builds trust does.
export const engagementPrompts: readonly Prompt[] = [
  {
    id: 'engagement-energising-part',
    text: {
      ja: '今の仕事の中で、やっていてエネルギーが湧いてくるのはどの部分ですか？',
      en: 'Which part of your work gives you energy lately?',
    },
    themes: ['engagement'],
    phases: ['opening', 'middle'],
    wants: ['think-together', 'listen'],
    depth: 'light',
    source: 'engagement/connection',
  },
  {
    id: 'engagement-policy-not-clicking',
    text: {
      ja: '最近の会社やチームの方針で、意図がいまひとつ腑に落ちていないものはありますか？',
      en: "Is there a recent company or team decision whose purpose hasn't quite clicked for you?",
    },
    themes: ['engagement', 'mvv'],
    phases: ['middle'],
    followerTypes: ['alienated', 'pragmatist'],
    wants: ['think-together', 'advice'],
    depth: 'light',
    source: 'engagement/policy-intent',
  },
  {
    id: 'engagement-team-connection',
    text: {
      ja: 'チームとのつながりを、今どのくらい感じていますか？',
      en: 'How connected do you feel to the team at the moment?',
    },
    themes: ['engagement', 'safety'],
    phases: ['opening', 'middle'],
    followerTypes: ['alienated'],
    wants: ['listen', 'think-together'],
    depth: 'light',
    source: 'engagement/connection',
  },
  {
    id: 'engagement-tell-a-friend',
    text: {
      ja: '友人にこの仕事やチームを勧めるとしたら、どこを推しますか？逆に、言葉に詰まるところはありますか？',
      en: 'If a friend asked about working here, what would you sell — and where would you hesitate?',
    },
    themes: ['engagement'],
    phases: ['middle'],
    wants: ['think-together'],
    mood: { min: 2, max: 5 },
    depth: 'light',
    source: 'engagement/connection',
  },
  {
    id: 'engagement-lost-spark',
    text: {
      ja: '以前は楽しかったのに、最近はそうでもなくなったことはありますか？',
      en: "Is there something you used to enjoy that's lost its spark lately?",
    },
    themes: ['engagement', 'emotion'],
    phases: ['middle'],
    followerTypes: ['alienated'],
    wants: ['listen', 'think-together'],
    depth: 'deeper',
    source: 'engagement/connection',
  },
  {
    id: 'engagement-contribution-seen',
    text: {
      ja: 'あなたの貢献は、周りにちゃんと伝わっていると感じますか？',
      en: 'Do you feel your contribution gets seen?',
    },
    themes: ['engagement', 'feedback'],
    phases: ['middle'],
    followerTypes: ['alienated', 'pragmatist'],
    wants: ['think-together'],
    depth: 'light',
    source: 'engagement/connection',
  },
  {
    id: 'engagement-lost-track-of-time',
    text: {
      ja: '時間を忘れて没頭できた仕事は、最近ありましたか？',
      en: 'When did you last lose track of time at work?',
    },
    themes: ['engagement', 'career'],
    phases: ['middle'],
    wants: ['think-together', 'listen'],
    mood: { min: 3, max: 5 },
    depth: 'light',
    source: 'engagement/connection',
  },
  {
    id: 'engagement-more-interesting',
    text: {
      ja: '仕事をもっと面白くするために、一つ変えられるとしたら何を変えたいですか？',
      en: 'If you could change one thing to make your work more interesting, what would it be?',
    },
    themes: ['engagement', 'challenge'],
    phases: ['middle'],
    followerTypes: ['alienated', 'pragmatist'],
    wants: ['think-together'],
    depth: 'light',
    source: 'engagement/connection',
  },
  {
    id: 'engagement-what-keeps-you',
    text: {
      ja: 'この会社で働き続けている理由を挙げるとしたら、どんなことが浮かびますか？',
      en: 'What keeps you here? What comes to mind first?',
    },
    themes: ['engagement', 'career'],
    phases: ['middle'],
    wants: ['think-together'],
    mood: { min: 2, max: 5 },
    depth: 'deeper',
    source: 'engagement/connection',
  },
  {
    id: 'engagement-who-it-helps',
    text: {
      ja: '自分の仕事が誰の役に立っているか、実感できる場面はありますか？',
      en: 'When do you get to see who your work actually helps?',
    },
    themes: ['engagement', 'mvv'],
    phases: ['middle'],
    wants: ['think-together', 'listen'],
    depth: 'light',
    source: 'engagement/connection',
  },
];
