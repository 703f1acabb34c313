import { MAX_IMPORT_BYTES } from '@/lib/prompts/import/limits';
import { parseQuestionBank } from '@/lib/prompts/import/parse';
import type { BankParse } from '@/lib/prompts/import/types';

/**
 * Reads and parses a chosen question bank without touching the database. A file over the
 * size limit is refused from its size alone, unread. UTF-8 (with or without BOM) is
 * expected; a file that is not valid UTF-8 is read as Shift_JIS, what Excel in Japan saves.
 */
export async function readQuestionFile(file: File): Promise<BankParse> {
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, problem: 'too-large', detail: `${file.size} bytes` };
  }
  const bytes = await file.arrayBuffer();
  return parseQuestionBank(decode(bytes), { fileName: file.name });
}

function decode(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
    } catch {
      // Neither: keep the replacement characters; the parser refuses what is not text.
      return new TextDecoder('utf-8').decode(bytes);
    }
  }
}
