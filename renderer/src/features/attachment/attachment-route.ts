/** The attachment tab's state in its address: which hypothesis is open, and whether a form is. */
export interface AttachmentRoute {
  hypothesis?: string;
  edit?: boolean;
  /** A new hypothesis; with `from`, pre-filled from that one. */
  new?: boolean;
  from?: string;
}

export function parseAttachmentRoute(search: string): AttachmentRoute {
  const params = new URLSearchParams(search);
  return {
    hypothesis: params.get('hypothesis') ?? undefined,
    edit: params.get('edit') === '1',
    new: params.get('new') === '1',
    from: params.get('from') ?? undefined,
  };
}

export function attachmentHref(clientId: string, route: AttachmentRoute = {}): string {
  const params = new URLSearchParams();
  if (route.hypothesis) params.set('hypothesis', route.hypothesis);
  if (route.edit) params.set('edit', '1');
  if (route.new) params.set('new', '1');
  if (route.from) params.set('from', route.from);
  const query = params.toString();
  return `/clients/${clientId}/attachment${query ? `?${query}` : ''}`;
}
