import type { Lang } from '../i18n';
import type { Theme } from '../prompts/types';
import type { TemplateTheme } from './template-themes';

type Template = readonly { ja: string; en: string }[];

/**
 * Agenda templates per theme, after the seed's structures (career: past → present →
 * future; the three techniques; results → growth; closing with next actions).
 */
const TEMPLATES: Record<TemplateTheme, Template> = {
  career: [
    { ja: 'これまで: 手応えを感じた経験を振り返る', en: 'Past: look back on work that felt like yours' },
    { ja: 'いま: 今の仕事の意味と、得ている力', en: 'Present: what the current work means and builds' },
    { ja: 'これから: ありたい姿と、次の一歩', en: 'Future: who they want to be, and the next step' },
  ],
  condition: [
    { ja: '今週のコンディションと負荷', en: "This week's condition and workload" },
    { ja: '気になっていること', en: 'Anything on their mind' },
  ],
  growth: [
    { ja: '最近の成果を振り返る', en: 'Look back on a recent result' },
    { ja: 'その成果から学んだこと', en: 'What it taught them' },
    { ja: '次に活かすこと', en: 'What they will use next time' },
  ],
  feedback: [
    { ja: '上司に期待する役割のすり合わせ', en: 'The role they expect from me' },
    { ja: '伝えたいフィードバック', en: 'Feedback to share' },
    { ja: '受け取ってどう感じたか', en: 'How it landed' },
  ],
  challenge: [
    { ja: '今できていること・得意なこと', en: 'What they do well now' },
    { ja: '少し背伸びする挑戦の候補', en: 'A stretch worth trying' },
    { ja: '不安と、必要な支援', en: 'Worries, and the support they need' },
  ],
  safety: [
    { ja: 'チームで言いにくいこと', en: 'What feels hard to say in the team' },
    { ja: '安心して話せる場にするには', en: 'What would make it safer to speak' },
  ],
  engagement: [
    { ja: 'エネルギーをもらえる仕事', en: 'Work that gives them energy' },
    { ja: 'エネルギーを奪われる仕事', en: 'Work that drains them' },
  ],
  mvv: [
    { ja: '仕事の中で体現できたバリュー', en: 'A value that showed up in their work' },
    { ja: 'ミッションと自分の仕事のつながり', en: 'How their work connects to the mission' },
  ],
  action: [
    { ja: '前回のアクションの進み具合', en: 'Progress on last time’s actions' },
    { ja: '詰まっていることと支援', en: 'What is stuck, and what would help' },
  ],
  closing: [
    { ja: '今日の気づき', en: 'What they take away today' },
    { ja: '次のアクションと期限', en: 'Next actions and dates' },
  ],
};

/** The template's items for a theme in a language, or an empty list when the theme has none. */
export function agendaTemplate(theme: Theme | undefined, lang: Lang): string[] {
  const templates: Partial<Record<Theme, Template>> = TEMPLATES;
  return (theme ? (templates[theme] ?? []) : []).map((item) => item[lang]);
}
