import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { call, isWebMode } from '../../api/client';
import { host } from '../../api/host';
import { chooseArchive, uploadRecord } from '../../api/web-record';
import { clientChanged } from '../clients/client-queries';
import { RecordDialog } from './RecordDialog';
import { isAlreadyImported, refusalDetail, refusalKey } from './record-transfer';

/** The archive the clinician chose: a path in the app, the file itself in a browser. */
type Source = { path: string } | { file: File };

async function chooseSource(): Promise<Source | null> {
  if (isWebMode()) {
    const file = await chooseArchive();
    return file ? { file } : null;
  }
  const { path } = await host('file.chooseOpenPath', { accept: ['application/zip'] });
  return path ? { path } : null;
}

const importFrom = (source: Source, asCopy: boolean) =>
  'path' in source
    ? call('import.client', asCopy ? { path: source.path, asCopy } : { path: source.path })
    : uploadRecord(source.file, asCopy);

/**
 * "Import a record…": an archive written by Export record (here or in another practice), checked
 * whole by the core and taken all or nothing. The same client twice is offered as a copy; any
 * other refusal is said in plain words, with the core's own message beneath.
 */
export function ImportRecord() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const [source, setSource] = useState<Source>();
  const importing = useMutation({
    mutationFn: ({ from, asCopy }: { from: Source; asCopy: boolean }) => importFrom(from, asCopy),
    onSuccess: ({ clientId }) => {
      // A new client: the list, its audit log and search (its names and notes are indexed).
      clientChanged(queryClient, clientId);
      setSource(undefined);
      navigate(`/clients/${clientId}`);
    },
  });
  const [chooseError, setChooseError] = useState<unknown>();

  const start = async () => {
    importing.reset();
    setChooseError(undefined);
    try {
      const from = await chooseSource();
      if (!from) return;
      setSource(from);
      importing.mutate({ from, asCopy: false });
    } catch (err) {
      setChooseError(err);
    }
  };
  const close = () => {
    importing.reset();
    setSource(undefined);
    setChooseError(undefined);
  };
  const error = importing.error ?? chooseError;
  const running = importing.isPending;
  const offerCopy = source !== undefined && isAlreadyImported(error);

  return (
    <>
      <button type="button" className="button-quiet" onClick={() => void start()} disabled={running}>
        {t('record.import')}
      </button>
      <RecordDialog
        open={running || (error !== undefined && error !== null)}
        title={
          running ? t('record.importing') : offerCopy ? t('record.alreadyImportedTitle') : t('record.importFailed')
        }
        onClose={running ? undefined : close}
        actions={
          running ? null : (
            <>
              {offerCopy && (
                <button
                  type="button"
                  className="button-primary"
                  onClick={() => importing.mutate({ from: source, asCopy: true })}
                >
                  {t('record.importAsCopy')}
                </button>
              )}
              <button type="button" className="button-quiet" onClick={close}>
                {offerCopy ? t('common.cancel') : t('record.close')}
              </button>
            </>
          )
        }
      >
        {running && (
          <p role="status" className="muted">
            {t('record.importingBody')}
          </p>
        )}
        {!running && error !== undefined && error !== null && (
          <div className={offerCopy ? 'notice' : 'notice notice-error'} role="alert">
            <p>{t(refusalKey(error))}</p>
            {!offerCopy && refusalDetail(error) && <p className="muted">{refusalDetail(error)}</p>}
          </div>
        )}
      </RecordDialog>
    </>
  );
}
