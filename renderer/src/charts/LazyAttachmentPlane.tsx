import { lazyView } from '../ui/lazy-view';

// Charts load on first use: d3-scale and the plane stay out of the unlock screen's bundle.
const plane = lazyView(() => import('./AttachmentPlane').then((module) => module.default), 'plane.loading');

export const LazyAttachmentPlane = plane.View;
export const preloadAttachmentPlane = plane.preload;
