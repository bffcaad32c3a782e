import { useTranslation } from 'react-i18next';
import { AllianceSettingsForm } from '../alliance/AllianceSettingsForm';
import { BackupsPanel } from '../backups/BackupsPanel';
import { RetentionSettingsForm } from '../retention/RetentionSettingsForm';
import { ChangePassphraseForm } from '../vault/ChangePassphraseForm';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageHeading } from '../../ui/PageHeading';
import { DisplayPreferenceForm } from './DisplayPreferenceForm';
import { SearchIndexPanel } from './SearchIndexPanel';
import { SettingsForm } from './SettingsForm';
import { TemplatesPanel } from '../templates/TemplatesPanel';
import { useSettings } from './settings-queries';

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useSettings();
  return (
    <>
      <PageHeading>{t('settings.title')}</PageHeading>
      <section className="panel">
        {settings.data ? (
          <SettingsForm saved={settings.data} />
        ) : (
          settings.isError && <ErrorNotice error={settings.error} lead="settings.loadFailed" />
        )}
      </section>
      {settings.data && (
        <section className="panel">
          <AllianceSettingsForm saved={settings.data} />
        </section>
      )}
      <section className="panel">
        <DisplayPreferenceForm />
      </section>
      <section className="panel">
        <TemplatesPanel />
      </section>
      <section className="panel">
        <ChangePassphraseForm />
      </section>
      {settings.data && (
        <section className="panel">
          <RetentionSettingsForm saved={settings.data} />
        </section>
      )}
      {settings.data && (
        <section className="panel">
          <BackupsPanel saved={settings.data} />
        </section>
      )}
      <section className="panel">
        <SearchIndexPanel />
      </section>
    </>
  );
}
