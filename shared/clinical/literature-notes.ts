import type { Localized, Quadrant } from './attachment-patterns';

export interface LiteratureNote {
  id: string;
  /** The quadrants a note is relevant to; empty for every hypothesis. */
  quadrants: readonly Quadrant[];
  text: Localized;
  source: string;
}

/**
 * Findings from the literature DOMAIN.md §3 cites, phrased as considerations for the clinician,
 * never as verdicts about the client.
 */
export const LITERATURE_NOTES: readonly LiteratureNote[] = [
  {
    id: 'early-distance',
    quadrants: ['preoccupied', 'dismissing', 'fearful', 'between'],
    text: {
      en: 'Clients with insecure attachment may keep more distance early in therapy and form weaker early alliances: worth keeping in mind when reading early sessions.',
      da: 'Klienter med utryg tilknytning holder ofte mere afstand tidligt i terapien og danner svagere tidlige alliancer: værd at huske, når de første sessioner læses.',
      nb: 'Klienter med utrygg tilknytning holder ofte mer avstand tidlig i terapien og danner svakere tidlige allianser: verdt å huske når de første timene leses.',
      sv: 'Klienter med otrygg anknytning håller ofta mer avstånd tidigt i terapin och bildar svagare tidiga allianser: värt att minnas när de första sessionerna läses.',
    },
    source: 'Seed 000; seed 002 (alliance and attachment)',
  },
  {
    id: 'rising-alliance',
    quadrants: ['preoccupied', 'dismissing'],
    text: {
      en: 'Clients with preoccupied or dismissing styles often show a rising alliance over time; a slow start need not mean a poor course.',
      da: 'Klienter med optaget eller afvisende stil viser ofte en stigende alliance over tid; en langsom start behøver ikke betyde et dårligt forløb.',
      nb: 'Klienter med opptatt eller avvisende stil viser ofte en stigende allianse over tid; en langsom start trenger ikke bety et dårlig forløp.',
      sv: 'Klienter med upptagen eller avvisande stil visar ofta en stigande allians över tid; en långsam start behöver inte betyda ett dåligt förlopp.',
    },
    source: 'Seed 002',
  },
  {
    id: 'confrontation-disorganized',
    quadrants: ['fearful'],
    text: {
      en: 'Confrontation ruptures are discussed in relation to disorganized attachment; consider looking at the rupture history beside this hypothesis.',
      da: 'Konfrontationsbrud diskuteres i forbindelse med desorganiseret tilknytning; overvej at se brudhistorikken ved siden af denne hypotese.',
      nb: 'Konfrontasjonsbrudd drøftes i sammenheng med desorganisert tilknytning; vurder å se bruddhistorikken ved siden av denne hypotesen.',
      sv: 'Konfrontationsbrott diskuteras i samband med desorganiserad anknytning; överväg att se brotthistoriken bredvid denna hypotes.',
    },
    source: 'Seed 002',
  },
  {
    id: 'anxiety-resolution',
    quadrants: ['preoccupied', 'fearful'],
    text: {
      en: 'Clients high in attachment anxiety are less often judged to have resolved a rupture successfully; a repair may need more sessions, or a second look.',
      da: 'Klienter med høj tilknytningsangst vurderes sjældnere at have løst et brud; en reparation kan kræve flere sessioner eller et nyt blik.',
      nb: 'Klienter med høy tilknytningsangst vurderes sjeldnere å ha løst et brudd; en reparasjon kan kreve flere timer eller et nytt blikk.',
      sv: 'Klienter med hög anknytningsångest bedöms mer sällan ha löst ett brott; en reparation kan kräva fler sessioner eller en ny blick.',
    },
    source: 'DOMAIN.md §5 (a 2023 study)',
  },
  {
    id: 'more-than-one-pattern',
    quadrants: [],
    text: {
      en: 'People do not fit one box: a person may react from different patterns in different situations, often under stress and in close relationships.',
      da: 'Mennesker passer ikke i én kasse: man kan reagere ud fra forskellige mønstre i forskellige situationer, ofte under stress og i nære relationer.',
      nb: 'Mennesker passer ikke i én boks: man kan reagere ut fra ulike mønstre i ulike situasjoner, ofte under stress og i nære relasjoner.',
      sv: 'Människor passar inte i en låda: man kan reagera utifrån olika mönster i olika situationer, ofta under stress och i nära relationer.',
    },
    source: 'Seed 000',
  },
  {
    id: 'corrective-experience',
    quadrants: [],
    text: {
      en: 'Movement toward security over therapy is the corrective emotional experience attachment-informed work hopes for; the trajectory shows it, it does not prove it.',
      da: 'Bevægelse mod tryghed over terapien er den korrigerende følelsesmæssige erfaring, tilknytningsinformeret arbejde håber på; forløbet viser det, det beviser det ikke.',
      nb: 'Bevegelse mot trygghet gjennom terapien er den korrigerende emosjonelle erfaringen tilknytningsinformert arbeid håper på; forløpet viser det, det beviser det ikke.',
      sv: 'Rörelse mot trygghet under terapin är den korrigerande känslomässiga erfarenhet anknytningsinformerat arbete hoppas på; förloppet visar det, det bevisar det inte.',
    },
    source: 'Seed 001',
  },
];

/** The notes relevant to a hypothesis in that quadrant. */
export const notesFor = (quadrant: Quadrant): LiteratureNote[] =>
  LITERATURE_NOTES.filter((n) => n.quadrants.length === 0 || n.quadrants.includes(quadrant));
