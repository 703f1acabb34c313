import type { Prompt } from '@/lib/prompts/types';

// Mission, vision, values: the compass that keeps a team from pulling in different
// directions — and only works once each person can connect it to their own work.
export const mvvPrompts: readonly Prompt[] = [
  {
    id: 'mvv-values-this-month',
    text: {
      ja: '今月の仕事で、私たちのバリューが表れていたと思う場面はありましたか？',
      en: 'Which of our values showed up in your work this month?',
    },
    themes: ['mvv'],
    phases: ['middle'],
    wants: ['think-together'],
    depth: 'light',
    source: 'mvv/values-in-work',
  },
  {
    id: 'mvv-mission-link',
    text: {
      ja: '今の仕事は、会社のミッションとどうつながっていると感じますか？',
      en: 'How does your work connect to what we are here to do as a company?',
    },
    themes: ['mvv', 'engagement'],
    phases: ['middle'],
    followerTypes: ['pragmatist'],
    wants: ['think-together'],
    depth: 'deeper',
    source: 'mvv/mission',
  },
  {
    id: 'mvv-values-vs-reality',
    text: {
      ja: '掲げているバリューと、実際の現場とで、ずれを感じるところはありますか？',
      en: 'Where do our stated values and day-to-day reality not quite match?',
    },
    themes: ['mvv', 'safety'],
    phases: ['middle'],
    followerTypes: ['alienated', 'pragmatist'],
    wants: ['think-together'],
    depth: 'deeper',
    source: 'mvv/values-in-work',
  },
  {
    id: 'mvv-vision-resonates',
    text: {
      ja: 'チームが目指している姿の中で、あなたが一番共感できるのはどこですか？',
      en: 'What part of where the team is heading resonates with you most?',
    },
    themes: ['mvv', 'engagement'],
    phases: ['middle'],
    wants: ['think-together'],
    mood: { min: 2, max: 5 },
    depth: 'light',
    source: 'mvv/vision',
  },
  {
    id: 'mvv-own-values-overlap',
    text: {
      ja: 'あなた自身が大切にしている価値観と、会社のバリューとで重なるところはありますか？',
      en: "Where do your own values and the company's overlap?",
    },
    themes: ['mvv', 'career'],
    phases: ['middle'],
    wants: ['think-together'],
    depth: 'deeper',
    source: 'career-autonomy/values',
  },
  {
    id: 'mvv-value-helped-decide',
    text: {
      ja: '判断に迷ったとき、バリューが手がかりになった場面はありましたか？',
      en: 'Has one of our values ever helped you make a call when you were unsure?',
    },
    themes: ['mvv', 'growth'],
    phases: ['middle'],
    wants: ['think-together'],
    depth: 'light',
    source: 'mvv/values-in-work',
  },
  {
    id: 'mvv-different-directions',
    text: {
      ja: 'チームの向かっている方向が、ばらばらだと感じることはありますか？',
      en: 'Does the team ever feel like it is pulling in different directions?',
    },
    themes: ['mvv', 'followership'],
    phases: ['middle'],
    wants: ['think-together', 'listen'],
    depth: 'light',
    source: 'mvv/vision',
  },
  {
    id: 'mvv-mission-own-words',
    text: {
      ja: '私たちのミッションを、自分の言葉で言い換えるとしたらどうなりますか？',
      en: 'How would you put our mission in your own words?',
    },
    themes: ['mvv', 'verbalize'],
    phases: ['middle'],
    wants: ['think-together'],
    depth: 'deeper',
    source: 'mvv/mission',
  },
  {
    id: 'mvv-colleague-lived-it',
    text: {
      ja: '最近、バリューを体現しているなと感じた同僚はいますか？どんなところでそう思いましたか？',
      en: 'Has a colleague lived one of our values lately in a way that stood out to you?',
    },
    themes: ['mvv', 'engagement'],
    phases: ['middle'],
    wants: ['think-together', 'listen'],
    mood: { min: 2, max: 5 },
    depth: 'light',
    source: 'mvv/values-in-work',
  },
];
