import { scaleLinear } from 'd3-scale';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Hypothesis } from '@shared/api/hypotheses';
import {
  AXIS_MAX,
  AXIS_MIN,
  MIDLINE,
  PATTERN_NAMES,
  QUADRANT_PATTERN,
  trajectoryOf,
  type Language,
  type Quadrant,
} from '@shared/clinical/attachment-patterns';
import { LANGUAGES } from '@shared/api/constants';
import { formatDate } from '../ui/format-date';
import { QUADRANT_KEYS, STATUS_KEYS } from './plane-labels';
import './attachment-plane.css';

export type PlanePointData = Pick<
  Hypothesis,
  'id' | 'date' | 'anxiety' | 'avoidance' | 'status' | 'quadrant' | 'pattern'
>;

const SIZE = 520;
const MARGIN = { top: 16, right: 16, bottom: 56, left: 64 };
const TICKS = [1, 2, 3, 4, 5, 6, 7];
/** Beyond this many points only the first and the current carry a date, so labels never pile up. */
const LABEL_ALL_UP_TO = 8;

/** Where each quadrant lies: avoidance runs left to right, anxiety bottom to top. */
const CORNERS: Record<Exclude<Quadrant, 'between'>, { highAvoidance: boolean; highAnxiety: boolean }> = {
  secure: { highAvoidance: false, highAnxiety: false },
  preoccupied: { highAvoidance: false, highAnxiety: true },
  dismissing: { highAvoidance: true, highAnxiety: false },
  fearful: { highAvoidance: true, highAnxiety: true },
};

interface AttachmentPlaneProps {
  points: readonly PlanePointData[];
  /** The hypothesis shown beside the plane, ringed on it. */
  selectedId?: string;
}

/**
 * The attachment plane (DOMAIN.md §3): every hypothesis a dated point on anxiety and avoidance,
 * joined in time order. SVG drawn by React with d3-scale, one component for screen and print,
 * with a title, a description and a table listing every point for readers who cannot see it.
 */
export default function AttachmentPlane({ points, selectedId }: AttachmentPlaneProps) {
  const { t, i18n } = useTranslation();
  const language: Language = (LANGUAGES as readonly string[]).includes(i18n.language)
    ? (i18n.language as Language)
    : 'en';
  const ids = { title: useId(), desc: useId(), arrow: useId().replace(/:/g, '') };
  const trajectory = trajectoryOf(points);
  const x = scaleLinear()
    .domain([AXIS_MIN, AXIS_MAX])
    .range([MARGIN.left, SIZE - MARGIN.right]);
  const y = scaleLinear()
    .domain([AXIS_MIN, AXIS_MAX])
    .range([SIZE - MARGIN.bottom, MARGIN.top]);
  const date = (iso: string) => formatDate(iso, i18n.language);
  const quadrantName = (q: Quadrant) => t(QUADRANT_KEYS[q]);
  const current = trajectory.current;
  const description =
    trajectory.points.length === 0
      ? t('plane.descEmpty')
      : t('plane.desc', {
          count: trajectory.points.length,
          first: date(trajectory.points[0]?.date ?? ''),
          current: current ? date(current.date) : '',
          anxiety: current?.anxiety ?? '',
          avoidance: current?.avoidance ?? '',
          quadrant: current ? quadrantName(current.quadrant) : '',
        });
  const radius = (p: PlanePointData) => (p.id === current?.id ? 8 : 5.5);
  const labelled = (p: PlanePointData, i: number) =>
    trajectory.points.length <= LABEL_ALL_UP_TO || i === 0 || p.id === current?.id || p.id === selectedId;

  return (
    <figure className="attachment-plane">
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        role="img"
        aria-labelledby={ids.title}
        aria-describedby={ids.desc}
        className="plane-svg"
      >
        <title id={ids.title}>{t('plane.title')}</title>
        <desc id={ids.desc}>{description}</desc>
        <defs>
          <marker
            id={ids.arrow}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" className="plane-arrow" />
          </marker>
        </defs>
        {(Object.keys(CORNERS) as Array<keyof typeof CORNERS>).map((q) => {
          const c = CORNERS[q];
          const x0 = c.highAvoidance ? x(MIDLINE) : x(AXIS_MIN);
          const x1 = c.highAvoidance ? x(AXIS_MAX) : x(MIDLINE);
          const y0 = c.highAnxiety ? y(AXIS_MAX) : y(MIDLINE);
          const y1 = c.highAnxiety ? y(MIDLINE) : y(AXIS_MIN);
          const labelX = c.highAvoidance ? x1 - 8 : x0 + 8;
          const anchor = c.highAvoidance ? 'end' : 'start';
          const labelY = c.highAnxiety ? y0 + 20 : y1 - 26;
          return (
            <g key={q} className={`plane-quadrant plane-quadrant-${q}`}>
              <rect x={x0} y={y0} width={x1 - x0} height={y1 - y0} />
              <text x={labelX} y={labelY} textAnchor={anchor} className="plane-quadrant-name">
                {quadrantName(q)}
              </text>
              <text x={labelX} y={labelY + 16} textAnchor={anchor} className="plane-pattern-name">
                ({PATTERN_NAMES[QUADRANT_PATTERN[q]][language]})
              </text>
            </g>
          );
        })}
        <line x1={x(MIDLINE)} x2={x(MIDLINE)} y1={y(AXIS_MIN)} y2={y(AXIS_MAX)} className="plane-midline" />
        <line x1={x(AXIS_MIN)} x2={x(AXIS_MAX)} y1={y(MIDLINE)} y2={y(MIDLINE)} className="plane-midline" />
        <g className="plane-axis" aria-hidden="true">
          <line x1={x(AXIS_MIN)} x2={x(AXIS_MAX)} y1={y(AXIS_MIN)} y2={y(AXIS_MIN)} />
          <line x1={x(AXIS_MIN)} x2={x(AXIS_MIN)} y1={y(AXIS_MIN)} y2={y(AXIS_MAX)} />
          {TICKS.map((v) => (
            <g key={v}>
              <text x={x(v)} y={y(AXIS_MIN) + 18} textAnchor="middle">
                {v}
              </text>
              <text x={x(AXIS_MIN) - 10} y={y(v) + 4} textAnchor="end">
                {v}
              </text>
            </g>
          ))}
          <text x={(x(AXIS_MIN) + x(AXIS_MAX)) / 2} y={SIZE - 12} textAnchor="middle" className="plane-axis-label">
            {t('plane.avoidanceAxis')}
          </text>
          <text
            transform={`translate(18 ${(y(AXIS_MIN) + y(AXIS_MAX)) / 2}) rotate(-90)`}
            textAnchor="middle"
            className="plane-axis-label"
          >
            {t('plane.anxietyAxis')}
          </text>
        </g>
        <g className="plane-trajectory" aria-hidden="true">
          {trajectory.steps.map((s) => {
            const x1 = x(s.from.avoidance);
            const y1 = y(s.from.anxiety);
            const x2 = x(s.to.avoidance);
            const y2 = y(s.to.anxiety);
            const length = Math.hypot(x2 - x1, y2 - y1);
            // The arrow stops at the edge of the point it reaches, so the point stays whole.
            const gap = length > 0 ? (radius(s.to) + 3) / length : 0;
            return (
              <line
                key={`${s.from.id}-${s.to.id}`}
                x1={x1}
                y1={y1}
                x2={x2 - (x2 - x1) * gap}
                y2={y2 - (y2 - y1) * gap}
                markerEnd={length > 2 * (radius(s.to) + 3) ? `url(#${ids.arrow})` : undefined}
                className={
                  s.to.status === 'setAside' || s.from.status === 'setAside' ? 'plane-step plane-faint' : 'plane-step'
                }
              />
            );
          })}
        </g>
        <g className="plane-points" aria-hidden="true">
          {trajectory.points.map((p, i) => {
            const isCurrent = p.id === current?.id;
            const classes = [
              'plane-point',
              isCurrent ? 'plane-current' : '',
              p.status === 'setAside' ? 'plane-faint' : '',
              p.id === selectedId ? 'plane-selected' : '',
            ].join(' ');
            return (
              <g key={p.id} className={classes} data-point={p.id}>
                <circle cx={x(p.avoidance)} cy={y(p.anxiety)} r={radius(p)} />
                {labelled(p, i) && (
                  <text x={x(p.avoidance) + 11} y={y(p.anxiety) - 9} className="plane-point-label">
                    {date(p.date)}
                  </text>
                )}
              </g>
            );
          })}
        </g>
      </svg>
      <figcaption className="plane-legend">
        <span className="plane-key plane-key-current">{t('plane.keyCurrent')}</span>
        <span className="plane-key plane-key-faint">{t('plane.keySetAside')}</span>
        <span className="plane-key plane-key-step">{t('plane.keyTrajectory')}</span>
      </figcaption>
      <table className="plane-table">
        <caption>{t('plane.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plane.column.date')}</th>
            <th scope="col">{t('plane.column.anxiety')}</th>
            <th scope="col">{t('plane.column.avoidance')}</th>
            <th scope="col">{t('plane.column.quadrant')}</th>
            <th scope="col">{t('plane.column.pattern')}</th>
            <th scope="col">{t('plane.column.status')}</th>
          </tr>
        </thead>
        <tbody>
          {trajectory.points.map((p) => (
            <tr key={p.id} aria-current={p.id === current?.id ? 'true' : undefined}>
              <td>
                {date(p.date)}
                {p.id === current?.id && <span className="muted"> ({t('plane.current')})</span>}
              </td>
              <td>{p.anxiety}</td>
              <td>{p.avoidance}</td>
              <td>{quadrantName(p.quadrant)}</td>
              <td>{PATTERN_NAMES[p.pattern][language]}</td>
              <td>{t(STATUS_KEYS[p.status])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
