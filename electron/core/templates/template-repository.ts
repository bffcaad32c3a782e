import type { NoteTemplate } from '@shared/api/templates';
import type { NoteDoc } from '@shared/notes/doc-schema';
import type { Db } from '../vault/sqlcipher';

interface Row {
  id: string;
  name: string;
  doc: string;
  updated_at: string;
}

const toTemplate = (r: Row): NoteTemplate => ({
  id: r.id,
  name: r.name,
  doc: JSON.parse(r.doc) as NoteDoc,
  updatedAt: r.updated_at,
});

export class TemplateRepository {
  private readonly all;
  private readonly byId;
  private readonly upsert;
  private readonly remove;

  constructor(db: Db) {
    this.all = db.prepare<[], Row>('SELECT * FROM note_templates ORDER BY name COLLATE NOCASE');
    this.byId = db.prepare<[string], Row>('SELECT * FROM note_templates WHERE id = ?');
    this.upsert = db.prepare(
      `INSERT INTO note_templates (id, name, doc, updated_at) VALUES (@id, @name, @doc, @updatedAt)
       ON CONFLICT(id) DO UPDATE SET name = excluded.name, doc = excluded.doc, updated_at = excluded.updated_at`,
    );
    this.remove = db.prepare<[string]>('DELETE FROM note_templates WHERE id = ?');
  }

  list(): NoteTemplate[] {
    return this.all.all().map(toTemplate);
  }

  get(id: string): NoteTemplate | undefined {
    const row = this.byId.get(id);
    return row ? toTemplate(row) : undefined;
  }

  save(t: NoteTemplate): void {
    this.upsert.run({ ...t, doc: JSON.stringify(t.doc) });
  }

  delete(id: string): boolean {
    return this.remove.run(id).changes === 1;
  }
}
