/**
 * Alliance ruptures (DOMAIN.md §5): their types, the markers a clinician may see, the strategies
 * used to resolve them, and the stages of repair, each model as a list of steps. Zod-free data in
 * Trygg's own words: the renderer, the core and print read the same lists. Every id is stored in
 * the vault, so an id never changes once shipped; labels may be reworded.
 *
 * Markers and strategies follow the headings of the Rupture Resolution Rating System (3RS;
 * Eubanks, Muran & Safran), the stages Safran & Muran's resolution models as seed 002 describes
 * them. Observations and steps, not a test and not a verdict.
 */
import type { Localized } from './attachment-patterns';

/** withdrawal: moving away from the therapist or the work; confrontation: moving against them. */
export const RUPTURE_TYPES = ['withdrawal', 'confrontation', 'both'] as const;
export type RuptureType = (typeof RUPTURE_TYPES)[number];

export const RUPTURE_OUTCOMES = ['unresolved', 'partlyResolved', 'resolved'] as const;
export type RuptureOutcome = (typeof RUPTURE_OUTCOMES)[number];

/** Bordin's three parts of the alliance, the part(s) a rupture strained. */
export const ALLIANCE_PARTS = ['goal', 'task', 'bond'] as const;
export type AlliancePart = (typeof ALLIANCE_PARTS)[number];

export const INTENSITY_MIN = 1;
export const INTENSITY_MAX = 5;

export const RUPTURE_TYPE_LABELS: Record<RuptureType, Localized> = {
  withdrawal: { en: 'Withdrawal', da: 'Tilbagetrækning', nb: 'Tilbaketrekning', sv: 'Tillbakadragande' },
  confrontation: { en: 'Confrontation', da: 'Konfrontation', nb: 'Konfrontasjon', sv: 'Konfrontation' },
  both: {
    en: 'Withdrawal and confrontation',
    da: 'Tilbagetrækning og konfrontation',
    nb: 'Tilbaketrekning og konfrontasjon',
    sv: 'Tillbakadragande och konfrontation',
  },
};

export const RUPTURE_OUTCOME_LABELS: Record<RuptureOutcome, Localized> = {
  unresolved: { en: 'Unresolved', da: 'Uløst', nb: 'Uløst', sv: 'Olöst' },
  partlyResolved: { en: 'Partly resolved', da: 'Delvist løst', nb: 'Delvis løst', sv: 'Delvis löst' },
  resolved: { en: 'Resolved', da: 'Løst', nb: 'Løst', sv: 'Löst' },
};

export const ALLIANCE_PART_LABELS: Record<AlliancePart, Localized> = {
  goal: { en: 'Goals', da: 'Mål', nb: 'Mål', sv: 'Mål' },
  task: { en: 'Tasks', da: 'Opgaver', nb: 'Oppgaver', sv: 'Uppgifter' },
  bond: { en: 'Bond', da: 'Bånd', nb: 'Bånd', sv: 'Band' },
};

/** Intensity 1 to 5, from a minor tension to a major breakdown. */
export const INTENSITY_LABELS: Record<1 | 2 | 3 | 4 | 5, Localized> = {
  1: { en: 'Minor tension', da: 'Lille spænding', nb: 'Liten spenning', sv: 'Liten spänning' },
  2: { en: 'Noticeable strain', da: 'Mærkbar belastning', nb: 'Merkbar belastning', sv: 'Märkbar påfrestning' },
  3: { en: 'Clear rupture', da: 'Tydeligt brud', nb: 'Tydelig brudd', sv: 'Tydligt brott' },
  4: { en: 'Serious rupture', da: 'Alvorligt brud', nb: 'Alvorlig brudd', sv: 'Allvarligt brott' },
  5: {
    en: 'Major breakdown',
    da: 'Sammenbrud i samarbejdet',
    nb: 'Sammenbrudd i samarbeidet',
    sv: 'Sammanbrott i samarbetet',
  },
};

// Markers -----------------------------------------------------------------------------------

/** The 2022 revision of 3RS groups withdrawal markers as shutting down, avoiding and masking. */
export const MARKER_GROUPS = ['shuttingDown', 'avoiding', 'masking', 'confronting'] as const;
export type MarkerGroup = (typeof MARKER_GROUPS)[number];

export const MARKER_GROUP_LABELS: Record<MarkerGroup, Localized> = {
  shuttingDown: { en: 'Shutting down', da: 'Lukker ned', nb: 'Stenger av', sv: 'Stänger av' },
  avoiding: { en: 'Avoiding', da: 'Undgår', nb: 'Unngår', sv: 'Undviker' },
  masking: { en: 'Masking', da: 'Maskerer', nb: 'Maskerer', sv: 'Maskerar' },
  confronting: { en: 'Confronting', da: 'Konfronterer', nb: 'Konfronterer', sv: 'Konfronterar' },
};

export interface RuptureMarker {
  /** Stable: a seen marker is stored by this id. */
  id: string;
  /** The kind of rupture the marker belongs to (a rupture of type "both" may have either). */
  type: Exclude<RuptureType, 'both'>;
  group: MarkerGroup;
  label: Localized;
}

export const RUPTURE_MARKERS: readonly RuptureMarker[] = [
  // Withdrawal: moving away
  {
    id: 'wd.denial',
    type: 'withdrawal',
    group: 'shuttingDown',
    label: {
      en: 'Denies a feeling or a difficulty that shows',
      da: 'Afviser en følelse eller et problem, der er tydeligt',
      nb: 'Avviser en følelse eller et problem som er tydelig',
      sv: 'Förnekar en känsla eller svårighet som syns',
    },
  },
  {
    id: 'wd.minimal',
    type: 'withdrawal',
    group: 'shuttingDown',
    label: {
      en: 'Answers briefly, says little',
      da: 'Svarer kort og siger kun lidt',
      nb: 'Svarer kort og sier lite',
      sv: 'Svarar kort och säger lite',
    },
  },
  {
    id: 'wd.hopeless',
    type: 'withdrawal',
    group: 'shuttingDown',
    label: {
      en: 'Self-criticism or hopelessness, giving up',
      da: 'Selvkritik eller håbløshed, giver op',
      nb: 'Selvkritikk eller håpløshet, gir opp',
      sv: 'Självkritik eller hopplöshet, ger upp',
    },
  },
  {
    id: 'wd.abstract',
    type: 'withdrawal',
    group: 'avoiding',
    label: {
      en: 'Talks in general or intellectual terms, away from experience',
      da: 'Taler generelt eller intellektuelt, væk fra oplevelsen',
      nb: 'Snakker generelt eller intellektuelt, bort fra opplevelsen',
      sv: 'Talar allmänt eller intellektuellt, bort från upplevelsen',
    },
  },
  {
    id: 'wd.storytelling',
    type: 'withdrawal',
    group: 'avoiding',
    label: {
      en: 'Tells long stories or changes the subject',
      da: 'Fortæller lange historier eller skifter emne',
      nb: 'Forteller lange historier eller bytter tema',
      sv: 'Berättar långa historier eller byter ämne',
    },
  },
  {
    id: 'wd.deferential',
    type: 'withdrawal',
    group: 'masking',
    label: {
      en: 'Defers to the therapist, appeases',
      da: 'Føjer terapeuten, glatter ud',
      nb: 'Føyer terapeuten, glatter over',
      sv: 'Foglig mot terapeuten, blidkar',
    },
  },
  {
    id: 'wd.split',
    type: 'withdrawal',
    group: 'masking',
    label: {
      en: 'What is said and what is felt do not match',
      da: 'Det sagte og det følte passer ikke sammen',
      nb: 'Det som sies og det som føles, stemmer ikke overens',
      sv: 'Det som sägs och det som känns stämmer inte överens',
    },
  },

  // Confrontation: moving against
  {
    id: 'cf.therapist',
    type: 'confrontation',
    group: 'confronting',
    label: {
      en: 'Complains about the therapist',
      da: 'Klager over terapeuten',
      nb: 'Klager på terapeuten',
      sv: 'Klagar på terapeuten',
    },
  },
  {
    id: 'cf.intervention',
    type: 'confrontation',
    group: 'confronting',
    label: {
      en: "Rejects the therapist's intervention",
      da: 'Afviser terapeutens intervention',
      nb: 'Avviser terapeutens intervensjon',
      sv: 'Avvisar terapeutens intervention',
    },
  },
  {
    id: 'cf.activities',
    type: 'confrontation',
    group: 'confronting',
    label: {
      en: 'Complains about what is done in therapy',
      da: 'Klager over det, der foregår i terapien',
      nb: 'Klager på det som gjøres i terapien',
      sv: 'Klagar på det som görs i terapin',
    },
  },
  {
    id: 'cf.parameters',
    type: 'confrontation',
    group: 'confronting',
    label: {
      en: 'Complains about the frame: time, fees, frequency',
      da: 'Klager over rammerne: tid, honorar, hyppighed',
      nb: 'Klager på rammene: tid, honorar, hyppighet',
      sv: 'Klagar på ramarna: tid, arvode, frekvens',
    },
  },
  {
    id: 'cf.progress',
    type: 'confrontation',
    group: 'confronting',
    label: {
      en: 'Complains about progress',
      da: 'Klager over fremskridtene',
      nb: 'Klager på framgangen',
      sv: 'Klagar på framstegen',
    },
  },
  {
    id: 'cf.defends',
    type: 'confrontation',
    group: 'confronting',
    label: {
      en: 'Defends themselves against the therapist',
      da: 'Forsvarer sig mod terapeuten',
      nb: 'Forsvarer seg mot terapeuten',
      sv: 'Försvarar sig mot terapeuten',
    },
  },
  {
    id: 'cf.controls',
    type: 'confrontation',
    group: 'confronting',
    label: {
      en: 'Tries to control or pressure the therapist',
      da: 'Forsøger at styre eller presse terapeuten',
      nb: 'Prøver å styre eller presse terapeuten',
      sv: 'Försöker styra eller pressa terapeuten',
    },
  },
];

export const MARKER_IDS: readonly string[] = RUPTURE_MARKERS.map((m) => m.id);
const markersById = new Map(RUPTURE_MARKERS.map((m) => [m.id, m]));
export const markerById = (id: string): RuptureMarker | undefined => markersById.get(id);

/** Whether a marker may be recorded for a rupture of that type ("both" takes either kind). */
export const markerFitsType = (id: string, type: RuptureType): boolean => {
  const marker = markersById.get(id);
  return marker !== undefined && (type === 'both' || marker.type === type);
};

// Strategies --------------------------------------------------------------------------------

export interface RuptureStrategy {
  id: string;
  /** Immediate strategies address the rupture's content; exploratory ones its meaning (3RS). */
  kind: 'immediate' | 'exploratory';
  label: Localized;
}

export const RUPTURE_STRATEGIES: readonly RuptureStrategy[] = [
  {
    id: 'st.clarify',
    kind: 'immediate',
    label: {
      en: 'Cleared up a misunderstanding',
      da: 'Opklarede en misforståelse',
      nb: 'Oppklarte en misforståelse',
      sv: 'Redde ut ett missförstånd',
    },
  },
  {
    id: 'st.change',
    kind: 'immediate',
    label: {
      en: 'Changed tasks or goals',
      da: 'Ændrede opgaver eller mål',
      nb: 'Endret oppgaver eller mål',
      sv: 'Ändrade uppgifter eller mål',
    },
  },
  {
    id: 'st.rationale',
    kind: 'immediate',
    label: {
      en: 'Showed what a task is for, or gave the reason for it',
      da: 'Viste hvad en opgave skal til for, eller begrundede den',
      nb: 'Viste hva en oppgave er til for, eller begrunnet den',
      sv: 'Visade vad en uppgift är till för, eller motiverade den',
    },
  },
  {
    id: 'st.redirect',
    kind: 'immediate',
    label: {
      en: 'Redirected or refocused the work',
      da: 'Styrede arbejdet tilbage eller fokuserede det igen',
      nb: 'Styrte arbeidet tilbake eller fokuserte det på nytt',
      sv: 'Styrde tillbaka eller fokuserade arbetet på nytt',
    },
  },
  {
    id: 'st.validate',
    kind: 'immediate',
    label: {
      en: "Validated the client's defensive stance",
      da: 'Anerkendte klientens forsvarsposition',
      nb: 'Anerkjente klientens forsvarsposisjon',
      sv: 'Bekräftade klientens försvarshållning',
    },
  },
  {
    id: 'st.invite',
    kind: 'exploratory',
    label: {
      en: 'Invited talk about thoughts and feelings about the therapist or the therapy',
      da: 'Inviterede til at tale om tanker og følelser om terapeuten eller terapien',
      nb: 'Inviterte til å snakke om tanker og følelser om terapeuten eller terapien',
      sv: 'Bjöd in till samtal om tankar och känslor kring terapeuten eller terapin',
    },
  },
  {
    id: 'st.own-part',
    kind: 'exploratory',
    label: {
      en: 'Acknowledged my own part in it',
      da: 'Anerkendte min egen andel',
      nb: 'Erkjente min egen andel',
      sv: 'Erkände min egen del i det',
    },
  },
  {
    id: 'st.metacommunicate',
    kind: 'exploratory',
    label: {
      en: 'Shared my own experience of what happened between us',
      da: 'Delte min egen oplevelse af det, der skete mellem os',
      nb: 'Delte min egen opplevelse av det som skjedde mellom oss',
      sv: 'Delade min egen upplevelse av det som hände mellan oss',
    },
  },
  {
    id: 'st.link-therapy',
    kind: 'exploratory',
    label: {
      en: 'Linked it to patterns in our working relationship',
      da: 'Forbandt det med mønstre i vores samarbejde',
      nb: 'Knyttet det til mønstre i samarbeidet vårt',
      sv: 'Kopplade det till mönster i vårt samarbete',
    },
  },
  {
    id: 'st.link-outside',
    kind: 'exploratory',
    label: {
      en: "Linked it to patterns in the client's other relationships",
      da: 'Forbandt det med mønstre i klientens andre relationer',
      nb: 'Knyttet det til mønstre i klientens andre relasjoner',
      sv: 'Kopplade det till mönster i klientens andra relationer',
    },
  },
];

export const STRATEGY_IDS: readonly string[] = RUPTURE_STRATEGIES.map((s) => s.id);
const strategiesById = new Map(RUPTURE_STRATEGIES.map((s) => [s.id, s]));
export const strategyById = (id: string): RuptureStrategy | undefined => strategiesById.get(id);

// Stages of repair --------------------------------------------------------------------------

export interface RepairStage {
  /** Stable, and unique across the three models. */
  id: string;
  /** 1-based place in its model. */
  step: number;
  label: Localized;
  /** What the step involves, one sentence. */
  hint: Localized;
}

const WITHDRAWAL_STAGES: readonly RepairStage[] = [
  {
    id: 'withdrawal.marker',
    step: 1,
    label: { en: 'Marker noticed', da: 'Markør bemærket', nb: 'Markør lagt merke til', sv: 'Markör uppmärksammad' },
    hint: {
      en: 'The client moves away: says little, defers, or talks around the point.',
      da: 'Klienten trækker sig: siger lidt, føjer eller taler uden om.',
      nb: 'Klienten trekker seg: sier lite, føyer seg eller snakker rundt temaet.',
      sv: 'Klienten drar sig undan: säger lite, fogar sig eller pratar runt ämnet.',
    },
  },
  {
    id: 'withdrawal.disembedding',
    step: 2,
    label: {
      en: 'Stepping out and attending to the rupture',
      da: 'Træder ud af mønstret og tager bruddet op',
      nb: 'Trer ut av mønsteret og tar opp bruddet',
      sv: 'Kliver ur mönstret och tar upp brottet',
    },
    hint: {
      en: 'The therapist steps out of the pattern and turns to what is happening here and now.',
      da: 'Terapeuten træder ud af mønstret og vender sig mod det, der sker her og nu.',
      nb: 'Terapeuten trer ut av mønsteret og vender seg mot det som skjer her og nå.',
      sv: 'Terapeuten kliver ur mönstret och vänder sig mot det som händer här och nu.',
    },
  },
  {
    id: 'withdrawal.qualifiedAssertion',
    step: 3,
    label: {
      en: 'Hesitant assertion',
      da: 'Forbeholden selvhævdelse',
      nb: 'Forbeholden selvhevdelse',
      sv: 'Förbehållsamt självhävdande',
    },
    hint: {
      en: 'A negative feeling is voiced, then softened or taken back.',
      da: 'En negativ følelse bliver sagt og så blødt op eller trukket tilbage.',
      nb: 'En negativ følelse blir sagt og så dempet eller trukket tilbake.',
      sv: 'En negativ känsla uttrycks och mildras sedan eller tas tillbaka.',
    },
  },
  {
    id: 'withdrawal.avoidance',
    step: 4,
    label: {
      en: 'Avoidance explored',
      da: 'Undgåelsen udforsket',
      nb: 'Unngåelsen utforsket',
      sv: 'Undvikandet utforskat',
    },
    hint: {
      en: 'What stops the client: expected reactions of others, self-criticism.',
      da: 'Hvad der holder klienten tilbage: forventede reaktioner fra andre, selvkritik.',
      nb: 'Hva som holder klienten tilbake: forventede reaksjoner fra andre, selvkritikk.',
      sv: 'Vad som håller klienten tillbaka: väntade reaktioner från andra, självkritik.',
    },
  },
  {
    id: 'withdrawal.selfAssertion',
    step: 5,
    label: { en: 'Self-assertion', da: 'Selvhævdelse', nb: 'Selvhevdelse', sv: 'Självhävdande' },
    hint: {
      en: 'The client owns and voices their underlying needs.',
      da: 'Klienten vedkender sig og udtrykker sine underliggende behov.',
      nb: 'Klienten vedkjenner seg og uttrykker sine underliggende behov.',
      sv: 'Klienten står för och uttrycker sina underliggande behov.',
    },
  },
];

const CONFRONTATION_STAGES: readonly RepairStage[] = [
  {
    id: 'confrontation.marker',
    step: 1,
    label: { en: 'Marker noticed', da: 'Markør bemærket', nb: 'Markør lagt merke til', sv: 'Markör uppmärksammad' },
    hint: {
      en: 'Hostile or critical responses, often guarding against an expectation that care will not come.',
      da: 'Fjendtlige eller kritiske reaktioner, ofte som værn mod en forventning om ikke at få omsorg.',
      nb: 'Fiendtlige eller kritiske reaksjoner, ofte som vern mot en forventning om ikke å få omsorg.',
      sv: 'Fientliga eller kritiska reaktioner, ofta som skydd mot en förväntan om att omsorg inte kommer.',
    },
  },
  {
    id: 'confrontation.disembedding',
    step: 2,
    label: {
      en: 'Stepping out: talking about the interaction',
      da: 'Træder ud: taler om samspillet',
      nb: 'Trer ut: snakker om samspillet',
      sv: 'Kliver ur: talar om samspelet',
    },
    hint: {
      en: 'The therapist owns their part instead of defending or hitting back.',
      da: 'Terapeuten vedkender sig sin andel i stedet for at forsvare sig eller slå igen.',
      nb: 'Terapeuten vedkjenner seg sin andel i stedet for å forsvare seg eller slå tilbake.',
      sv: 'Terapeuten står för sin del i stället för att försvara sig eller slå tillbaka.',
    },
  },
  {
    id: 'confrontation.exploration',
    step: 3,
    label: {
      en: 'Rupture experience explored',
      da: 'Oplevelsen af bruddet udforsket',
      nb: 'Opplevelsen av bruddet utforsket',
      sv: 'Upplevelsen av brottet utforskad',
    },
    hint: {
      en: 'Anger and disappointment are named, validated and accepted before anything deeper.',
      da: 'Vrede og skuffelse bliver sat ord på, anerkendt og accepteret, før der går dybere.',
      nb: 'Sinne og skuffelse blir satt ord på, anerkjent og akseptert før det går dypere.',
      sv: 'Ilska och besvikelse sätts ord på, bekräftas och accepteras innan man går djupare.',
    },
  },
  {
    id: 'confrontation.avoidance',
    step: 4,
    label: {
      en: 'Avoidance explored',
      da: 'Undgåelsen udforsket',
      nb: 'Unngåelsen utforsket',
      sv: 'Undvikandet utforskat',
    },
    hint: {
      en: 'Retreat from vulnerable feelings to a safer, angry stance; guilt and justification.',
      da: 'Tilbagetog fra sårbare følelser til en tryggere, vred position; skyld og retfærdiggørelse.',
      nb: 'Tilbaketrekning fra sårbare følelser til en tryggere, sint posisjon; skyld og rettferdiggjøring.',
      sv: 'Reträtt från sårbara känslor till en tryggare, arg hållning; skuld och försvar.',
    },
  },
  {
    id: 'confrontation.vulnerability',
    step: 5,
    label: {
      en: 'Vulnerable wishes and needs voiced',
      da: 'Sårbare ønsker og behov udtrykt',
      nb: 'Sårbare ønsker og behov uttrykt',
      sv: 'Sårbara önskningar och behov uttryckta',
    },
    hint: {
      en: 'The underlying wish for care and support is put into words.',
      da: 'Det underliggende ønske om omsorg og støtte bliver sat ord på.',
      nb: 'Det underliggende ønsket om omsorg og støtte blir satt ord på.',
      sv: 'Den underliggande önskan om omsorg och stöd sätts ord på.',
    },
  },
];

/** The shared four-stage model, for a rupture that is both withdrawal and confrontation. */
const SHARED_STAGES: readonly RepairStage[] = [
  {
    id: 'shared.marker',
    step: 1,
    label: { en: 'Marker recognised', da: 'Markør genkendt', nb: 'Markør gjenkjent', sv: 'Markör igenkänd' },
    hint: {
      en: 'The rupture is seen for what it is.',
      da: 'Bruddet bliver set for det, det er.',
      nb: 'Bruddet blir sett for det det er.',
      sv: 'Brottet ses för vad det är.',
    },
  },
  {
    id: 'shared.exploration',
    step: 2,
    label: {
      en: 'Rupture experience explored',
      da: 'Oplevelsen af bruddet udforsket',
      nb: 'Opplevelsen av bruddet utforsket',
      sv: 'Upplevelsen av brottet utforskad',
    },
    hint: {
      en: 'The therapist steps out of the pattern; the focus is here and now.',
      da: 'Terapeuten træder ud af mønstret; fokus er her og nu.',
      nb: 'Terapeuten trer ut av mønsteret; fokus er her og nå.',
      sv: 'Terapeuten kliver ur mönstret; fokus är här och nu.',
    },
  },
  {
    id: 'shared.avoidance',
    step: 3,
    label: {
      en: 'Avoidance explored',
      da: 'Undgåelsen udforsket',
      nb: 'Unngåelsen utforsket',
      sv: 'Undvikandet utforskat',
    },
    hint: {
      en: "Expectations of others' responses, self-criticism.",
      da: 'Forventninger om andres reaktioner, selvkritik.',
      nb: 'Forventninger om andres reaksjoner, selvkritikk.',
      sv: 'Förväntningar på andras reaktioner, självkritik.',
    },
  },
  {
    id: 'shared.needs',
    step: 4,
    label: {
      en: 'Underlying wishes and needs explored',
      da: 'Underliggende ønsker og behov udforsket',
      nb: 'Underliggende ønsker og behov utforsket',
      sv: 'Underliggande önskningar och behov utforskade',
    },
    hint: {
      en: "The client's wishes and needs beneath the rupture.",
      da: 'Klientens ønsker og behov under bruddet.',
      nb: 'Klientens ønsker og behov under bruddet.',
      sv: 'Klientens önskningar och behov under brottet.',
    },
  },
];

/** The model each type of rupture is repaired by: five steps, five steps, the shared four. */
export const REPAIR_MODELS: Record<RuptureType, readonly RepairStage[]> = {
  withdrawal: WITHDRAWAL_STAGES,
  confrontation: CONFRONTATION_STAGES,
  both: SHARED_STAGES,
};

export const STAGE_IDS: readonly string[] = RUPTURE_TYPES.flatMap((t) => REPAIR_MODELS[t].map((s) => s.id));
const stagesById = new Map(
  RUPTURE_TYPES.flatMap((t) => REPAIR_MODELS[t].map((s) => [s.id, { ...s, type: t }] as const)),
);
export const stageById = (id: string): (RepairStage & { type: RuptureType }) | undefined => stagesById.get(id);

/** Whether the stage is a step of the model of that type of rupture. */
export const stageFitsType = (id: string, type: RuptureType): boolean => stagesById.get(id)?.type === type;
