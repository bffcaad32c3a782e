import { scaleLinear, scaleTime } from 'd3-scale';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '@shared/api/contract';
import type { Rupture } from '@shared/api/ruptures';
import { INSTRUMENT_NAMES } from '@shared/clinical/alliance';
import { RUPTURE_OUTCOME_LABELS, RUPTURE_TYPE_LABELS, type RuptureType } from '@shared/clinical/rupture-catalogue';
import { useLanguage } from '../features/attachment/use-language';
import './alliance-timeline.css';

export type AllianceTimelineData = MethodOutput<'alliance.timeline'>;
type Point = AllianceTimelineData['series'][number];
type Dip = AllianceTimelineData['dips'][number];

const WIDTH = 760;
const MARGIN = { top: 56, right: 24, left: 76 };
const PLOT_HEIGHT = 240;
const PLOT_BOTTOM = MARGIN.top + PLOT_HEIGHT;
const LANE = PLOT_BOTTOM + 30;
const AXIS = LANE + 24;
const HEIGHT = AXIS + 34;
const Y_TICKS = [0, 25, 50, 75, 100];
const DAY = 86_400_000;
/** Up to about half a year the axis names days, beyond it months. */
const DAYS_ON_AXIS_UP_TO = 200;
/** Beyond this many points the dots shrink, so a long treatment still reads as a curve. */
const DENSE = 60;

const time = (iso: string) => Date.parse(iso);
const one = (n: number) => n.toFixed(1);

/** A rupture's glyph: withdrawal points down (moving away), confrontation up (moving against), both a diamond. */
export function glyphPath(type: RuptureType, r: number): string {
  if (type === 'withdrawal') return `M ${-r} ${-r * 0.8} L ${r} ${-r * 0.8} L 0 ${r} Z`;
  if (type === 'confrontation') return `M ${-r} ${r * 0.8} L ${r} ${r * 0.8} L 0 ${-r} Z`;
  return `M 0 ${-r} L ${r} 0 L 0 ${r} L ${-r} 0 Z`;
}

const glyphSize = (intensity: number) => 4 + intensity * 1.6;

/**
 * A client's alliance over time (DOMAIN.md §4–§5): the series detection runs on (client-rated, or
 * the clinician's mean of goal, task and bond) in percent of its scale against session dates; the
 * clinician's mean dashed beside a client-rated series; ruptures as glyphs by type and intensity,
 * filled when resolved, with their span to resolution; rupture–repair sequences found in the curve
 * shaded; dips with no logged rupture flagged with the rule's numbers beside them. SVG drawn by
 * React with d3-scale, one component for screen and print, with a title, a description and the
 * numbers as a table.
 */
export default function AllianceTimeline({ data }: { data: AllianceTimelineData }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const ids = { title: useId(), desc: useId() };
  const date = useDateFormat(i18n.language);
  const { series, ruptures, dips, rule } = data;
  const secondary = data.source === 'client' ? data.clinician : [];

  const times = [
    ...series.map((p) => time(p.startsAt)),
    ...secondary.map((p) => time(p.startsAt)),
    ...ruptures.flatMap((r) => [time(r.sessionStartsAt), ...(r.resolvedStartsAt ? [time(r.resolvedStartsAt)] : [])]),
  ];
  // Nothing dated yet: an empty plot with no dates on its axis.
  const first = times.length ? Math.min(...times) : 0;
  const last = times.length ? Math.max(...times) : 0;
  const pad = Math.max(3 * DAY, (last - first) * 0.02);
  const x = scaleTime()
    .domain([new Date(first - pad), new Date(last + pad)])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleLinear().domain([0, 100]).range([PLOT_BOTTOM, MARGIN.top]);
  const byId = new Map(series.map((p) => [p.sessionId, p]));
  const tickFormat: Intl.DateTimeFormatOptions =
    last - first <= DAYS_ON_AXIS_UP_TO * DAY ? { day: 'numeric', month: 'short' } : { month: 'short', year: 'numeric' };
  const dense = series.length > DENSE;

  const sourceName =
    data.source === 'client'
      ? t('timeline.sourceClient', {
          instrument: INSTRUMENT_NAMES[series[0]?.source === 'wai-sr' ? 'wai-sr' : 'srs'][language],
        })
      : t('timeline.sourceClinician');
  const unnoticed = dips.filter((d) => d.unnoticed);
  const description =
    series.length === 0
      ? t('timeline.descEmpty', { ruptures: ruptures.length })
      : t('timeline.desc', {
          count: series.length,
          first: date(series[0]?.startsAt ?? ''),
          last: date(series.at(-1)?.startsAt ?? ''),
          source: sourceName,
          ruptures: ruptures.length,
          resolved: ruptures.filter((r) => r.outcome === 'resolved').length,
          dips: dips.length,
          unnoticed: unnoticed.length,
          unnoticedDates: unnoticed.map((d) => date(d.startsAt)).join(', ') || '–',
        });
  const line = (points: readonly Point[]) =>
    points.map((p, i) => `${i ? 'L' : 'M'} ${x(time(p.startsAt)).toFixed(1)} ${y(p.value).toFixed(1)}`).join(' ');
  const flagRule = (d: Dip) =>
    t('timeline.flagRule', { drop: one(d.dropSd), k: rule.k, sd: rule.sd === null ? '–' : one(rule.sd) });

  return (
    <figure className="alliance-timeline">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        data-points={series.length}
        role="img"
        aria-labelledby={ids.title}
        aria-describedby={ids.desc}
        className="timeline-svg"
      >
        <title id={ids.title}>{t('timeline.title')}</title>
        <desc id={ids.desc}>{description}</desc>
        <g aria-hidden="true">
          <g className="timeline-sequences">
            {dips.map((d) => {
              const from = byId.get(d.previousSessionId);
              const to = d.repairedAtSessionId ? byId.get(d.repairedAtSessionId) : undefined;
              if (!from || !to) return null;
              const x0 = x(time(from.startsAt));
              return (
                <rect
                  key={`seq-${d.sessionId}`}
                  className="timeline-sequence"
                  data-sequence={d.sessionId}
                  x={x0}
                  y={MARGIN.top}
                  width={Math.max(2, x(time(to.startsAt)) - x0)}
                  height={PLOT_HEIGHT}
                />
              );
            })}
          </g>
          <g className="timeline-grid">
            {Y_TICKS.map((v) => (
              <g key={v}>
                <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(v)} y2={y(v)} />
                <text x={MARGIN.left - 8} y={y(v) + 4} textAnchor="end">
                  {v}
                </text>
              </g>
            ))}
            <text
              transform={`translate(30 ${(MARGIN.top + PLOT_BOTTOM) / 2}) rotate(-90)`}
              textAnchor="middle"
              className="timeline-axis-label"
            >
              {t('timeline.yAxis')}
            </text>
          </g>
          <g className="timeline-x-axis">
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={AXIS} y2={AXIS} />
            {(times.length ? x.ticks(6) : []).map((tick) => (
              <g key={tick.getTime()}>
                <line x1={x(tick)} x2={x(tick)} y1={AXIS} y2={AXIS + 5} />
                <text x={x(tick)} y={AXIS + 20} textAnchor="middle">
                  {tick.toLocaleDateString(i18n.language, tickFormat)}
                </text>
              </g>
            ))}
          </g>
          <text x={MARGIN.left - 8} y={LANE + 4} textAnchor="end" className="timeline-lane-label">
            {t('timeline.laneLabel')}
          </text>
          {secondary.length > 0 && <path d={line(secondary)} className="timeline-line timeline-secondary" />}
          <path d={line(series)} className="timeline-line timeline-primary" />
          <g className="timeline-points">
            {dense ? (
              // Hundreds of dots as one path (a zero-length segment with round caps each): one
              // element to lay out and paint instead of hundreds; the table gives each number.
              <path
                className="timeline-dots"
                d={series.map((p) => `M ${x(time(p.startsAt)).toFixed(1)} ${y(p.value).toFixed(1)} h 0`).join(' ')}
              />
            ) : (
              series.map((p) => (
                <circle key={p.sessionId} cx={x(time(p.startsAt))} cy={y(p.value)} r={3.6} data-session={p.sessionId}>
                  <title>
                    {t('timeline.pointTitle', { date: date(p.startsAt), raw: one(p.raw), value: Math.round(p.value) })}
                  </title>
                </circle>
              ))
            )}
          </g>
          <g className="timeline-ruptures">
            {ruptures.map((r) => (
              <RuptureGlyph
                key={r.id}
                rupture={r}
                x0={x(time(r.sessionStartsAt))}
                x1={r.resolvedStartsAt ? x(time(r.resolvedStartsAt)) : null}
                label={`${RUPTURE_TYPE_LABELS[r.type][language]}, ${date(r.sessionStartsAt)}, ${RUPTURE_OUTCOME_LABELS[r.outcome][language]}`}
              />
            ))}
          </g>
          <g className="timeline-dips">
            {dips.map((d, i) => {
              const p = byId.get(d.sessionId);
              if (!p) return null;
              const px = x(time(p.startsAt));
              const py = y(p.value);
              if (!d.unnoticed)
                return (
                  <circle
                    key={d.sessionId}
                    className="timeline-dip-noticed"
                    cx={px}
                    cy={py}
                    r={7}
                    data-dip={d.sessionId}
                  />
                );
              const anchorEnd = px > WIDTH * 0.62;
              const labelY = MARGIN.top - 34 + (i % 2) * 16;
              return (
                <g key={d.sessionId} className="timeline-flag" data-flag={d.sessionId}>
                  <line x1={px} x2={px} y1={py - 6} y2={labelY + 6} />
                  <path d={`M ${px} ${labelY - 4} l ${anchorEnd ? -9 : 9} 4 l ${anchorEnd ? 9 : -9} 4 Z`} />
                  <text x={px + (anchorEnd ? -12 : 12)} y={labelY + 4} textAnchor={anchorEnd ? 'end' : 'start'}>
                    {t('timeline.flagLabel')} · {flagRule(d)}
                  </text>
                </g>
              );
            })}
          </g>
        </g>
      </svg>
      <figcaption>
        <ul className="timeline-legend">
          <li className="timeline-key timeline-key-primary">{sourceName}</li>
          {secondary.length > 0 && (
            <li className="timeline-key timeline-key-secondary">{t('timeline.sourceClinician')}</li>
          )}
          <li className="timeline-key timeline-key-sequence">{t('timeline.keySequence')}</li>
          <li className="timeline-key timeline-key-flag">{t('timeline.keyFlag')}</li>
          <li className="timeline-key timeline-key-glyphs">
            <svg viewBox="-8 -8 16 16" width="14" height="14" aria-hidden="true">
              <path d={glyphPath('withdrawal', 6)} />
            </svg>{' '}
            {RUPTURE_TYPE_LABELS.withdrawal[language]}{' '}
            <svg viewBox="-8 -8 16 16" width="14" height="14" aria-hidden="true">
              <path d={glyphPath('confrontation', 6)} />
            </svg>{' '}
            {RUPTURE_TYPE_LABELS.confrontation[language]}{' '}
            <svg viewBox="-8 -8 16 16" width="14" height="14" aria-hidden="true">
              <path d={glyphPath('both', 6)} />
            </svg>{' '}
            {RUPTURE_TYPE_LABELS.both[language]}
          </li>
          <li className="timeline-key">{t('timeline.keyGlyphs')}</li>
        </ul>
        <p className="timeline-rule">
          {data.reason === 'tooFewRatings'
            ? t('timeline.reasonTooFew', { min: rule.minRated, count: series.length })
            : data.reason === 'noVariation'
              ? t('timeline.reasonNoVariation')
              : t('timeline.rule', {
                  k: rule.k,
                  sd: rule.sd === null ? '–' : one(rule.sd),
                  window: rule.window,
                  tolerance: rule.tolerance,
                })}
        </p>
      </figcaption>
      <TimelineTable data={data} />
    </figure>
  );
}

function RuptureGlyph({ rupture, x0, x1, label }: { rupture: Rupture; x0: number; x1: number | null; label: string }) {
  const r = glyphSize(rupture.intensity);
  return (
    <g className={`timeline-rupture timeline-rupture-${rupture.outcome}`} data-rupture={rupture.id}>
      {x1 !== null && x1 > x0 && <line className="timeline-repair-span" x1={x0} x2={x1} y1={LANE} y2={LANE} />}
      {x1 !== null && <line className="timeline-repair-end" x1={x1} x2={x1} y1={LANE - 6} y2={LANE + 6} />}
      <line className="timeline-rupture-tick" x1={x0} x2={x0} y1={MARGIN.top} y2={PLOT_BOTTOM} />
      <path transform={`translate(${x0} ${LANE})`} d={glyphPath(rupture.type, r)}>
        <title>{label}</title>
      </path>
    </g>
  );
}

/** One formatter for every date of the chart: a long treatment has hundreds (toLocaleDateString builds one per call). */
function useDateFormat(language: string): (iso: string) => string {
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    return (iso: string) => format.format(new Date(iso));
  }, [language]);
}

/** Every rated session's numbers, for readers who cannot see the chart; built only when opened (a long treatment has hundreds). */
function TimelineTable({ data }: { data: AllianceTimelineData }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const [open, setOpen] = useState(false);
  const date = useDateFormat(i18n.language);
  const dips = new Map(data.dips.map((d) => [d.sessionId, d]));
  const clinician = new Map(data.clinician.map((p) => [p.sessionId, p]));
  const ruptures = new Map<string, Rupture[]>();
  for (const r of data.ruptures) ruptures.set(r.sessionId, [...(ruptures.get(r.sessionId) ?? []), r]);
  return (
    <details className="timeline-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('timeline.tableSummary', { count: data.series.length })}</summary>
      {open && (
        <table>
          <caption className="visually-hidden">{t('timeline.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('timeline.column.date')}</th>
              <th scope="col">{t('timeline.column.score')}</th>
              <th scope="col">{t('timeline.column.percent')}</th>
              {data.source === 'client' && <th scope="col">{t('timeline.column.clinician')}</th>}
              <th scope="col">{t('timeline.column.dip')}</th>
              <th scope="col">{t('timeline.column.ruptures')}</th>
            </tr>
          </thead>
          <tbody>
            {data.series.map((p) => {
              const d = dips.get(p.sessionId);
              return (
                <tr key={p.sessionId}>
                  <th scope="row">{date(p.startsAt)}</th>
                  <td>{one(p.raw)}</td>
                  <td>{Math.round(p.value)}</td>
                  {data.source === 'client' && (
                    <td>{clinician.has(p.sessionId) ? one(clinician.get(p.sessionId)?.raw ?? 0) : '–'}</td>
                  )}
                  <td>
                    {d
                      ? `${t(d.unnoticed ? 'timeline.flagLabel' : 'timeline.dipNoticed')} · ${t('timeline.flagRule', {
                          drop: one(d.dropSd),
                          k: data.rule.k,
                          sd: data.rule.sd === null ? '–' : one(data.rule.sd),
                        })}${d.repairedAtSessionId ? ` · ${t('timeline.dipRepaired')}` : ''}`
                      : ''}
                  </td>
                  <td>
                    {(ruptures.get(p.sessionId) ?? [])
                      .map(
                        (r) =>
                          `${RUPTURE_TYPE_LABELS[r.type][language]} (${RUPTURE_OUTCOME_LABELS[r.outcome][language]})`,
                      )
                      .join('; ')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </details>
  );
}
