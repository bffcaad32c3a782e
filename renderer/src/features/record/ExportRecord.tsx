import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '@shared/api/clients';
import { call, isWebMode } from '../../api/client';
import { host, useHostCapabilities } from '../../api/host';
import { cancelJob, useJobProgress } from '../../api/jobs';
import { downloadRecord } from '../../api/web-record';
import { JobProgress } from '../../ui/JobProgress';
import { RecordDialog } from './RecordDialog';
import { refusalDetail, refusalKey, suggestedArchiveName } from './record-transfer';

/**
 * Where the archive went: a path in the app (to reveal), a download's name in a browser; and
 * whether it holds the case summary as a PDF (a browser cannot make one, so a download has none).
 */
type Exported = { fileName: string; path?: string; files?: number; bytes: number; summaryPdf: boolean };

async function exportRecord(client: Client): Promise<Exported | null> {
  const fileName = suggestedArchiveName(client, new Date());
  if (isWebMode()) return { fileName, summaryPdf: false, ...(await downloadRecord(client.id, fileName)) };
  const { path } = await host('file.chooseSavePath', { suggestedName: fileName, mimeType: 'application/zip' });
  if (!path) return null;
  const written = await call('export.client', { clientId: client.id, path });
  return { fileName: written.path.split(/[/\\]/).pop() ?? fileName, ...written };
}

/**
 * "Export record…": the client's whole record as one archive (right of access, moving
 * practice), saved where the clinician chooses in the app or downloaded in a browser, with the
 * job's progress meanwhile and, in the app, the file shown in its folder on request.
 */
export function ExportRecord({ client }: { client: Client }) {
  const { t, i18n } = useTranslation();
  const capabilities = useHostCapabilities();
  const progress = useJobProgress('record.export');
  const [cancelling, setCancelling] = useState(false);
  const exporting = useMutation({ mutationFn: () => exportRecord(client) });
  const [revealError, setRevealError] = useState<unknown>();

  const start = () => {
    setCancelling(false);
    setRevealError(undefined);
    exporting.mutate();
  };
  const close = () => exporting.reset();
  const done = exporting.data;
  const running = exporting.isPending;
  const open = running || exporting.isError || Boolean(done);
  const size = (bytes: number) =>
    new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(
      bytes / 1_000_000,
    );
  const live = running && progress?.state === 'running' ? progress : undefined;

  return (
    <>
      <button type="button" className="button-quiet" onClick={start} disabled={running}>
        {t('record.export')}
      </button>
      <RecordDialog
        open={open}
        title={running ? t('record.exporting') : exporting.isError ? t('record.exportFailed') : t('record.exported')}
        onClose={running ? undefined : close}
        actions={
          running ? null : (
            <>
              {done?.path && capabilities?.has('file.reveal') && (
                <button
                  type="button"
                  className="button-primary"
                  onClick={() => {
                    host('file.reveal', { path: done.path ?? '' }).catch(setRevealError);
                  }}
                >
                  {t('record.showInFolder')}
                </button>
              )}
              <button type="button" className="button-quiet" onClick={close}>
                {t('record.close')}
              </button>
            </>
          )
        }
      >
        {running && (
          <JobProgress
            label={t('record.exporting')}
            progress={live}
            onCancel={
              live
                ? () => {
                    setCancelling(true);
                    void cancelJob(live.jobId);
                  }
                : undefined
            }
            cancelling={cancelling}
          />
        )}
        {exporting.isError && (
          <div className="notice notice-error" role="alert">
            <p>{t(refusalKey(exporting.error))}</p>
            {refusalDetail(exporting.error) && <p className="muted">{refusalDetail(exporting.error)}</p>}
          </div>
        )}
        {done && (
          <>
            <p role="status">
              {done.path
                ? t('record.exportedTo', { file: done.fileName, size: size(done.bytes) })
                : t('record.downloaded', { file: done.fileName, size: size(done.bytes) })}
            </p>
            <p className="muted">
              {done.summaryPdf
                ? t('record.summaryIncluded')
                : done.path
                  ? t('record.summaryNotMade')
                  : t('record.summaryNotInBrowser')}
            </p>
          </>
        )}
        {revealError !== undefined && (
          <p className="notice notice-error" role="alert">
            {t('record.revealFailed')}
          </p>
        )}
      </RecordDialog>
    </>
  );
}
