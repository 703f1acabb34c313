/**
 * Every schema version the extension has shipped, oldest first.
 * Never edit a shipped entry: add a new version (with an upgrade) instead.
 * Only fields that are queried are indexed.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      members: 'id',
      sessions: 'id, [memberId+startedAt]',
      agendaItems: 'id, memberId',
      notes: 'id, [sessionId+createdAt]',
      settings: 'key',
    },
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
