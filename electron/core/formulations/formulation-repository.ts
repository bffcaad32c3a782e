import type { FormulationSections, FormulationVersionMeta } from '@shared/api/formulations';
import type { FormulationSection } from '@shared/clinical/formulation-sections';
import type { NoteDoc } from '@shared/notes/doc-schema';
import type { Db } from '../vault/sqlcipher';

interface VersionRow {
  id: string;
  client_id: string;
  name: string;
  revision: number;
  sections: string;
  created_at: string;
}

const toMeta = (r: VersionRow): FormulationVersionMeta => ({
  id: r.id,
  clientId: r.client_id,
  name: r.name,
  revision: r.revision,
  createdAt: r.created_at,
});

/** A client's formulation: its sections now, its save counter, and the versions frozen from it. */
export class FormulationRepository {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      head: db.prepare<[string], { revision: number; updated_at: string }>(
        'SELECT revision, updated_at FROM formulations WHERE client_id = ?',
      ),
      sections: db.prepare<[string], { section: FormulationSection; doc: string }>(
        'SELECT section, doc FROM formulation_sections WHERE client_id = ?',
      ),
      bump: db.prepare<{ clientId: string; revision: number; at: string }>(
        `INSERT INTO formulations (client_id, revision, updated_at) VALUES (@clientId, @revision + 1, @at)
         ON CONFLICT (client_id) DO UPDATE SET revision = revision + 1, updated_at = @at
         WHERE revision = @revision`,
      ),
      section: db.prepare<{ clientId: string; section: string; doc: string; text: string; at: string }>(
        `INSERT INTO formulation_sections (client_id, section, doc, text, updated_at) VALUES (@clientId, @section, @doc, @text, @at)
         ON CONFLICT (client_id, section) DO UPDATE SET doc = @doc, text = @text, updated_at = @at`,
      ),
      importHead: db.prepare<{ clientId: string; revision: number; at: string }>(
        'INSERT INTO formulations (client_id, revision, updated_at) VALUES (@clientId, @revision, @at)',
      ),
      insertVersion: db.prepare<VersionRow>(
        `INSERT INTO formulation_versions (id, client_id, name, revision, sections, created_at)
         VALUES (@id, @client_id, @name, @revision, @sections, @created_at)`,
      ),
      versions: db.prepare<[string], VersionRow>(
        "SELECT id, client_id, name, revision, created_at, '' AS sections FROM formulation_versions WHERE client_id = ? ORDER BY created_at, rowid",
      ),
      version: db.prepare<[string], VersionRow>('SELECT * FROM formulation_versions WHERE id = ?'),
    };
  }

  head(clientId: string): { revision: number; updatedAt: string | null } {
    const row = this.stmts.head.get(clientId);
    return { revision: row?.revision ?? 0, updatedAt: row?.updated_at ?? null };
  }

  sections(clientId: string): FormulationSections {
    const out: FormulationSections = {};
    for (const row of this.stmts.sections.all(clientId)) out[row.section] = JSON.parse(row.doc) as NoteDoc;
    return out;
  }

  /**
   * Writes the sections if `revision` is still the latest (0 before the first save); false when
   * another save came first. Call inside a transaction.
   */
  save(
    clientId: string,
    sections: Array<{ section: FormulationSection; doc: NoteDoc; text: string }>,
    revision: number,
    at: string,
  ): boolean {
    if (this.head(clientId).revision !== revision) return false;
    if (this.stmts.bump.run({ clientId, revision, at }).changes !== 1) return false;
    for (const s of sections)
      this.stmts.section.run({ clientId, section: s.section, doc: JSON.stringify(s.doc), text: s.text, at });
    return true;
  }

  /** A formulation from another vault's record, with its own save counter and times. */
  insertImported(
    clientId: string,
    revision: number,
    at: string,
    sections: Array<{ section: FormulationSection; doc: NoteDoc; text: string }>,
  ): void {
    this.stmts.importHead.run({ clientId, revision, at });
    for (const s of sections)
      this.stmts.section.run({ clientId, section: s.section, doc: JSON.stringify(s.doc), text: s.text, at });
  }

  insertVersion(meta: FormulationVersionMeta, sections: FormulationSections): void {
    this.stmts.insertVersion.run({
      id: meta.id,
      client_id: meta.clientId,
      name: meta.name,
      revision: meta.revision,
      sections: JSON.stringify(sections),
      created_at: meta.createdAt,
    });
  }

  versions(clientId: string): FormulationVersionMeta[] {
    return this.stmts.versions.all(clientId).map(toMeta);
  }

  version(id: string): (FormulationVersionMeta & { sections: FormulationSections }) | undefined {
    const row = this.stmts.version.get(id);
    return row ? { ...toMeta(row), sections: JSON.parse(row.sections) as FormulationSections } : undefined;
  }
}
