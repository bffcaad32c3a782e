import type { Localized, Pattern } from './attachment-patterns';

export interface Indicator {
  /** Stable: a checked indicator is stored by this id, so it never changes once shipped. */
  id: string;
  pattern: Pattern;
  label: Localized;
}

/**
 * Every adult characteristic seed 000 lists for each of the four patterns, in Trygg's own words,
 * as the checklist a clinician ticks as evidence for a hypothesis. Observations, not a test.
 */
export const INDICATORS: readonly Indicator[] = [
  // Secure (seed 000: nine characteristics)
  {
    id: 'sec.self-image',
    pattern: 'secure',
    label: {
      en: 'Positive view of self',
      da: 'Positivt selvbillede',
      nb: 'Positivt selvbilde',
      sv: 'Positiv självbild',
    },
  },
  {
    id: 'sec.regulates',
    pattern: 'secure',
    label: {
      en: 'Regulates own feelings well',
      da: 'Regulerer egne følelser godt',
      nb: 'Regulerer egne følelser godt',
      sv: 'Reglerar sina känslor väl',
    },
  },
  {
    id: 'sec.trusts',
    pattern: 'secure',
    label: {
      en: 'Trusts others to a high degree',
      da: 'Har stor tillid til andre',
      nb: 'Har stor tillit til andre',
      sv: 'Har stor tillit till andra',
    },
  },
  {
    id: 'sec.agency',
    pattern: 'secure',
    label: {
      en: 'Feels able to act and change what matters in life',
      da: 'Oplever at kunne handle og ændre vigtige ting i livet',
      nb: 'Opplever å kunne handle og endre viktige ting i livet',
      sv: 'Upplever att kunna handla och förändra viktiga saker i livet',
    },
  },
  {
    id: 'sec.closeness',
    pattern: 'secure',
    label: {
      en: 'Comfortable with closeness and with being vulnerable',
      da: 'Tryg ved nærhed og ved at være sårbar',
      nb: 'Trygg på nærhet og på å være sårbar',
      sv: 'Trygg med närhet och med att vara sårbar',
    },
  },
  {
    id: 'sec.seeks-support',
    pattern: 'secure',
    label: {
      en: 'Seeks emotional support from others in hard times',
      da: 'Søger følelsesmæssig støtte hos andre i svære tider',
      nb: 'Søker følelsesmessig støtte hos andre i vanskelige tider',
      sv: 'Söker känslomässigt stöd hos andra i svåra tider',
    },
  },
  {
    id: 'sec.alone-ok',
    pattern: 'secure',
    label: {
      en: 'Fine with being alone for a while',
      da: 'Har det fint med at være alene i perioder',
      nb: 'Har det fint med å være alene i perioder',
      sv: 'Klarar att vara ensam under perioder',
    },
  },
  {
    id: 'sec.change',
    pattern: 'secure',
    label: {
      en: 'Handles change and is open to exploring new things',
      da: 'Håndterer forandring og er åben for at udforske nyt',
      nb: 'Håndterer endring og er åpen for å utforske noe nytt',
      sv: 'Hanterar förändring och är öppen för att utforska nytt',
    },
  },
  {
    id: 'sec.mentalizes',
    pattern: 'secure',
    label: {
      en: 'Understands how others experience them',
      da: 'Forstår godt hvordan andre oplever én',
      nb: 'Forstår godt hvordan andre opplever en',
      sv: 'Förstår väl hur andra upplever en',
    },
  },

  // Anxious-ambivalent (seed 000: eight characteristics)
  {
    id: 'anx.low-worth',
    pattern: 'anxious',
    label: {
      en: 'Low self-worth, often covered with outward confidence',
      da: 'Lavt selvværd, ofte dækket af ydre selvtillid',
      nb: 'Lav selvfølelse, ofte dekket av ytre selvtillit',
      sv: 'Lågt självvärde, ofta dolt bakom yttre självförtroende',
    },
  },
  {
    id: 'anx.overwhelmed',
    pattern: 'anxious',
    label: {
      en: 'Tries to avoid feelings, then is overwhelmed by them',
      da: 'Forsøger at undgå følelser og bliver så overvældet af dem',
      nb: 'Prøver å unngå følelser og blir så overveldet av dem',
      sv: 'Försöker undvika känslor och blir sedan överväldigad av dem',
    },
  },
  {
    id: 'anx.attentive',
    pattern: 'anxious',
    label: {
      en: "Very attentive to others' needs",
      da: 'Meget opmærksom på andres behov',
      nb: 'Svært oppmerksom på andres behov',
      sv: 'Mycket uppmärksam på andras behov',
    },
  },
  {
    id: 'anx.earns-love',
    pattern: 'anxious',
    label: {
      en: 'Does things so that others will care for them',
      da: 'Gør ting for at andre skal holde af én',
      nb: 'Gjør ting for at andre skal bli glad i en',
      sv: 'Gör saker för att andra ska tycka om en',
    },
  },
  {
    id: 'anx.limits',
    pattern: 'anxious',
    label: {
      en: 'Finds it hard to set limits',
      da: 'Har svært ved at sætte grænser',
      nb: 'Har vanskelig for å sette grenser',
      sv: 'Har svårt att sätta gränser',
    },
  },
  {
    id: 'anx.alone-hard',
    pattern: 'anxious',
    label: {
      en: 'Finds it hard to be alone',
      da: 'Har svært ved at være alene',
      nb: 'Har vanskelig for å være alene',
      sv: 'Har svårt att vara ensam',
    },
  },
  {
    id: 'anx.abandonment',
    pattern: 'anxious',
    label: {
      en: 'Fears being left, and so is easily jealous',
      da: 'Frygter at blive forladt og bliver derfor let jaloux',
      nb: 'Frykter å bli forlatt og blir derfor lett sjalu',
      sv: 'Fruktar att bli övergiven och blir därför lätt svartsjuk',
    },
  },
  {
    id: 'anx.distrust',
    pattern: 'anxious',
    label: {
      en: 'Distrusts others, and at times themselves',
      da: 'Stoler ikke på andre og til tider heller ikke på sig selv',
      nb: 'Stoler ikke på andre og av og til heller ikke på seg selv',
      sv: 'Litar inte på andra och ibland inte heller på sig själv',
    },
  },

  // Avoidant (seed 000: nine characteristics)
  {
    id: 'avo.low-worth',
    pattern: 'avoidant',
    label: {
      en: 'Low self-worth, often covered with outward confidence',
      da: 'Lavt selvværd, ofte dækket af ydre selvtillid',
      nb: 'Lav selvfølelse, ofte dekket av ytre selvtillit',
      sv: 'Lågt självvärde, ofta dolt bakom yttre självförtroende',
    },
  },
  {
    id: 'avo.delayed-feeling',
    pattern: 'avoidant',
    label: {
      en: 'Hardly feels emotions until they break out strongly',
      da: 'Mærker næppe følelser, før de bryder voldsomt ud',
      nb: 'Kjenner knapt følelser før de bryter voldsomt ut',
      sv: 'Känner knappt känslor förrän de bryter ut med kraft',
    },
  },
  {
    id: 'avo.closeness',
    pattern: 'avoidant',
    label: {
      en: 'Uncomfortable being close to others',
      da: 'Har det svært med at være tæt på andre',
      nb: 'Har det vanskelig med å være nær andre',
      sv: 'Har svårt att vara nära andra',
    },
  },
  {
    id: 'avo.feeling-contact',
    pattern: 'avoidant',
    label: {
      en: "Little contact with own and others' feelings",
      da: 'Ringe kontakt med egne og andres følelser',
      nb: 'Liten kontakt med egne og andres følelser',
      sv: 'Dålig kontakt med egna och andras känslor',
    },
  },
  {
    id: 'avo.needs',
    pattern: 'avoidant',
    label: {
      en: 'Finds it hard to express own needs and feelings',
      da: 'Har svært ved at udtrykke egne behov og følelser',
      nb: 'Har vanskelig for å uttrykke egne behov og følelser',
      sv: 'Har svårt att uttrycka egna behov och känslor',
    },
  },
  {
    id: 'avo.commitment',
    pattern: 'avoidant',
    label: {
      en: 'Fears commitment',
      da: 'Frygter at binde sig',
      nb: 'Frykter å binde seg',
      sv: 'Rädd för att binda sig',
    },
  },
  {
    id: 'avo.independence',
    pattern: 'avoidant',
    label: {
      en: 'Values own independence',
      da: 'Værdsætter sin uafhængighed',
      nb: 'Setter pris på sin uavhengighet',
      sv: 'Värdesätter sitt oberoende',
    },
  },
  {
    id: 'avo.keeping',
    pattern: 'avoidant',
    label: {
      en: 'Finds it hard to keep relationships going',
      da: 'Har svært ved at holde fast i relationer',
      nb: 'Har vanskelig for å holde på relasjoner',
      sv: 'Har svårt att behålla relationer',
    },
  },
  {
    id: 'avo.alone-stress',
    pattern: 'avoidant',
    label: {
      en: 'Prefers to be alone when stressed or anxious',
      da: 'Vil helst være alene, når det er svært eller angstfyldt',
      nb: 'Vil helst være alene når det er stressende eller angstfylt',
      sv: 'Vill helst vara ensam i stressiga eller ångestfyllda lägen',
    },
  },

  // Disorganized (seed 000: seven characteristics)
  {
    id: 'dis.low-worth',
    pattern: 'disorganized',
    label: { en: 'Low self-worth', da: 'Lavt selvværd', nb: 'Lav selvfølelse', sv: 'Lågt självvärde' },
  },
  {
    id: 'dis.vital-stressful',
    pattern: 'disorganized',
    label: {
      en: 'Close relationships feel vital and stressful at once',
      da: 'Nære relationer opleves vigtige og samtidig belastende',
      nb: 'Nære relasjoner oppleves viktige og samtidig belastende',
      sv: 'Nära relationer upplevs viktiga och samtidigt påfrestande',
    },
  },
  {
    id: 'dis.close-or-far',
    pattern: 'disorganized',
    label: {
      en: 'Wants to be very close or very distant',
      da: 'Vil være meget tæt på eller have stor afstand',
      nb: 'Vil være svært nær eller ha stor avstand',
      sv: 'Vill vara mycket nära eller ha stort avstånd',
    },
  },
  {
    id: 'dis.vulnerable',
    pattern: 'disorganized',
    label: {
      en: 'Finds it hard to be vulnerable',
      da: 'Har svært ved at være sårbar',
      nb: 'Har vanskelig for å være sårbar',
      sv: 'Har svårt att vara sårbar',
    },
  },
  {
    id: 'dis.regulation',
    pattern: 'disorganized',
    label: {
      en: 'Finds it hard to regulate feelings',
      da: 'Har svært ved at regulere følelser',
      nb: 'Har vanskelig for å regulere følelser',
      sv: 'Har svårt att reglera känslor',
    },
  },
  {
    id: 'dis.abandonment',
    pattern: 'disorganized',
    label: {
      en: 'Fears being left',
      da: 'Frygter at blive forladt',
      nb: 'Frykter å bli forlatt',
      sv: 'Fruktar att bli övergiven',
    },
  },
  {
    id: 'dis.shifting',
    pattern: 'disorganized',
    label: {
      en: 'Often shifts stance towards important people',
      da: 'Skifter ofte holdning til vigtige relationer',
      nb: 'Skifter ofte holdning til viktige relasjoner',
      sv: 'Skiftar ofta hållning till viktiga relationer',
    },
  },
];

export const INDICATOR_IDS: readonly string[] = INDICATORS.map((i) => i.id);

const byId = new Map(INDICATORS.map((i) => [i.id, i]));
export const indicatorById = (id: string): Indicator | undefined => byId.get(id);
