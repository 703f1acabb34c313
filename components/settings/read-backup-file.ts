import { MAX_BACKUP_BYTES, parseBackup, type ParseResult } from '@/storage/backup';

/**
 * Reads and validates a chosen backup file without touching the database. A file over the
 * size limit is refused from its size alone, unread; reading reports its progress in percent.
 */
export async function readBackupFile(
  file: Blob,
  onProgress: (percent: number) => void,
): Promise<ParseResult> {
  if (file.size > MAX_BACKUP_BYTES) {
    return { ok: false, problem: 'too-large', detail: `${file.size} bytes, limit ${MAX_BACKUP_BYTES}` };
  }
  const text = await readText(file, onProgress);
  // Let the "checking" message paint before the synchronous parse of a large file.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return parseBackup(text);
}

function readText(file: Blob, onProgress: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(Math.floor((e.loaded / e.total) * 100));
    };
    reader.onload = () => {
      onProgress(100);
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsText(file);
  });
}
