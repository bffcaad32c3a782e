import { Redirect, Route, Switch } from 'wouter';
import { ClientsPage } from '../features/clients/ClientsPage';
import { SettingsPage } from '../features/settings/SettingsPage';

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/clients" component={ClientsPage} />
      <Route path="/settings" component={SettingsPage} />
      <Route>
        <Redirect to="/clients" replace />
      </Route>
    </Switch>
  );
}
