import { lazyView } from '../ui/lazy-view';

// Charts load on first use: d3-scale and the timeline stay out of the unlock screen's bundle.
const timeline = lazyView(() => import('./AllianceTimeline').then((module) => module.default), 'timeline.loading');

export const LazyAllianceTimeline = timeline.View;
export const preloadAllianceTimeline = timeline.preload;
