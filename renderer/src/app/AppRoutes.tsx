import { Redirect, Route, Switch } from 'wouter';
import { AllianceTabPage } from '../features/alliance/AllianceTab';
import { DocumentsPanel } from '../features/documents/DocumentsPanel';
import { AuditTab } from '../features/audit/AuditTab';
import { AttachmentTabPage } from '../features/attachment/AttachmentTab';
import { ClientPage } from '../features/clients/ClientPage';
import { ClientsPage } from '../features/clients/ClientsPage';
import { EditClientPage } from '../features/clients/EditClientPage';
import { NewClientPage } from '../features/clients/NewClientPage';
import { FormulationTabPage } from '../features/formulations/FormulationTab';
import { OverviewPage } from '../features/overview/OverviewPage';
import { NewSessionPage } from '../features/sessions/NewSessionPage';
import { SessionPage } from '../features/sessions/SessionPage';
import { SessionsTab } from '../features/sessions/SessionsTab';
import { UnsignedPage } from '../features/sessions/UnsignedPage';
import { SearchPage } from '../features/search/SearchPage';
import { searchHref } from '../features/search/search-route';
import { RetentionPage } from '../features/retention/RetentionPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SummaryPage } from '../features/summary/SummaryPage';

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/overview" component={OverviewPage} />
      <Route path="/clients" component={ClientsPage} />
      <Route path="/clients/new" component={NewClientPage} />
      <Route path="/clients/:id/edit" component={EditClientPage} />
      <Route path="/clients/:id/sessions/new" component={NewSessionPage} />
      <Route path="/clients/:id/documents">
        {({ id }) => <ClientPage clientId={id}>{() => <DocumentsPanel clientId={id} />}</ClientPage>}
      </Route>
      <Route path="/clients/:id/formulation">{({ id }) => <FormulationTabPage clientId={id} />}</Route>
      <Route path="/clients/:id/attachment">{({ id }) => <AttachmentTabPage clientId={id} />}</Route>
      <Route path="/clients/:id/alliance">{({ id }) => <AllianceTabPage clientId={id} />}</Route>
      <Route path="/clients/:id/summary">{({ id }) => <SummaryPage key={id} clientId={id} />}</Route>
      <Route path="/clients/:id/audit">
        {({ id }) => <ClientPage clientId={id}>{() => <AuditTab clientId={id} />}</ClientPage>}
      </Route>
      <Route path="/clients/:id">
        {({ id }) => <ClientPage clientId={id}>{() => <SessionsTab clientId={id} />}</ClientPage>}
      </Route>
      <Route path="/sessions/:id" component={SessionPage} />
      <Route path="/unsigned" component={UnsignedPage} />
      <Route path="/search" component={SearchPage} />
      {/* The address "Search in this client" had before the filters moved into the query. */}
      <Route path="/search/:clientId">{({ clientId }) => <Redirect to={searchHref({ clientId })} replace />}</Route>
      <Route path="/settings" component={SettingsPage} />
      <Route path="/retention" component={RetentionPage} />
      {/* After unlock, and for any address Trygg does not know: the practice at a glance. */}
      <Route>
        <Redirect to="/overview" replace />
      </Route>
    </Switch>
  );
}
