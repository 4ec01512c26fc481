import type { EntityManager } from '@mikro-orm/postgresql';
import type { Organisation, School } from '../organisations/organisation.entity.js';
import { todayInEngland } from '../qa/evidence-dates.js';
import { Pupil, PupilSex } from './pupil.entity.js';
import { upnFromDigits } from './upn.js';

/** A demo pupil; the date of birth is worked out from the year group so it stays right in later school years. */
interface DemoPupil {
  forename: string;
  surname: string;
  preferredForename?: string;
  sex: PupilSex;
  yearGroup: number;
  /** Birthday as MM-DD. */
  born: string;
  ehcPlan?: boolean;
  senSupport?: boolean;
  lookedAfter?: boolean;
  behaviourRiskAssessment?: boolean;
  socialWorker?: [name: string, phone: string];
  youthOffendingWorker?: [name: string, phone: string];
  medicalNeeds?: string;
  emergencyContact: [name: string, phone: string];
}

const { F, M } = PupilSex;

/**
 * About six KS3/KS4 pupils per demo school, with the flags the compliance rules look at: in every
 * school a pupil with a social worker, one with an EHC plan, one looked after, one with a behaviour
 * risk assessment (most at ALP Leicester) and one with medical needs. Phone numbers are in Ofcom's
 * drama range (07700 900xxx).
 */
const DEMO_PUPILS: Record<string, DemoPupil[]> = {
  oakfield: [
    { forename: 'Kai', surname: 'Brennan', sex: M, yearGroup: 10, born: '11-03', behaviourRiskAssessment: true, socialWorker: ['Lisa Hartley', '07700 900201'], emergencyContact: ['Donna Brennan (mother)', '07700 900101'] },
    { forename: 'Amelia', surname: 'Walsh', sex: F, yearGroup: 9, born: '02-17', ehcPlan: true, medicalNeeds: 'Type 1 diabetes: wears an insulin pump; needs a snack and a blood glucose check before physical activity.', emergencyContact: ['Karen Walsh (mother)', '07700 900102'] },
    { forename: 'Tyler', surname: 'Hodgson', preferredForename: 'Ty', sex: M, yearGroup: 11, born: '06-29', lookedAfter: true, socialWorker: ['Mark Ellison', '07700 900202'], emergencyContact: ['Sandra Pryce (foster carer)', '07700 900103'] },
    { forename: 'Zainab', surname: 'Hussain', sex: F, yearGroup: 8, born: '09-21', senSupport: true, emergencyContact: ['Imran Hussain (father)', '07700 900104'] },
    { forename: 'Liam', surname: 'Cartwright', sex: M, yearGroup: 10, born: '04-08', senSupport: true, behaviourRiskAssessment: true, youthOffendingWorker: ['Dean Fowler', '07700 900301'], emergencyContact: ['Joanne Cartwright (mother)', '07700 900105'] },
    { forename: 'Ellie-Mae', surname: 'Sutcliffe', sex: F, yearGroup: 9, born: '12-12', medicalNeeds: 'Epilepsy: rescue medication (buccal midazolam) and care plan kept in the school office; must not swim unsupervised.', emergencyContact: ['Gary Sutcliffe (father)', '07700 900106'] },
  ],
  northfield: [
    { forename: 'Jayden', surname: 'Price', sex: M, yearGroup: 9, born: '10-30', behaviourRiskAssessment: true, socialWorker: ['Rachel Okoro', '07700 900203'], emergencyContact: ['Kelly Price (mother)', '07700 900107'] },
    { forename: 'Olivia', surname: 'Nowak', sex: F, yearGroup: 10, born: '03-05', ehcPlan: true, emergencyContact: ['Agnieszka Nowak (mother)', '07700 900108'] },
    { forename: 'Reece', surname: 'Atkinson', sex: M, yearGroup: 11, born: '07-19', lookedAfter: true, senSupport: true, socialWorker: ['Paul Whitaker', '07700 900204'], emergencyContact: ['Meadow View children’s home', '07700 900109'] },
    { forename: 'Sophie', surname: 'Marsden', sex: F, yearGroup: 8, born: '01-26', medicalNeeds: 'Asthma: reliever inhaler (blue) carried at all times.', emergencyContact: ['Claire Marsden (mother)', '07700 900110'] },
    { forename: 'Harvey', surname: 'Lund', sex: M, yearGroup: 10, born: '05-14', youthOffendingWorker: ['Nadia Ashworth', '07700 900302'], emergencyContact: ['Steven Lund (father)', '07700 900111'] },
    { forename: 'Aisha', surname: 'Begum', sex: F, yearGroup: 9, born: '08-02', senSupport: true, emergencyContact: ['Rukhsana Begum (mother)', '07700 900112'] },
  ],
  levett: [
    { forename: 'Connor', surname: 'Fletcher', sex: M, yearGroup: 10, born: '12-01', senSupport: true, behaviourRiskAssessment: true, socialWorker: ['Gemma Wild', '07700 900205'], emergencyContact: ['Tracy Fletcher (mother)', '07700 900113'] },
    { forename: 'Maisie', surname: 'Rowe', sex: F, yearGroup: 9, born: '04-22', lookedAfter: true, socialWorker: ['Andrew Boateng', '07700 900206'], emergencyContact: ['Julie Marsh (foster carer)', '07700 900114'] },
    { forename: 'Callum', surname: 'Doyle', sex: M, yearGroup: 11, born: '02-09', ehcPlan: true, emergencyContact: ['Sean Doyle (father)', '07700 900115'] },
    { forename: 'Freya', surname: 'Holmes', sex: F, yearGroup: 8, born: '11-16', medicalNeeds: 'Anaphylaxis (peanuts and tree nuts): two adrenaline auto-injectors in her bag; no nut products on site.', emergencyContact: ['Laura Holmes (mother)', '07700 900116'] },
    { forename: 'Mason', surname: 'Kirk', sex: M, yearGroup: 10, born: '06-03', behaviourRiskAssessment: true, youthOffendingWorker: ['Carl Jennings', '07700 900303'], emergencyContact: ['Michelle Kirk (mother)', '07700 900117'] },
    { forename: 'Leah', surname: 'Kowalski', sex: F, yearGroup: 9, born: '09-27', emergencyContact: ['Marek Kowalski (father)', '07700 900118'] },
  ],
  dormston: [
    { forename: 'Ryan', surname: 'Bayliss', sex: M, yearGroup: 10, born: '01-11', behaviourRiskAssessment: true, socialWorker: ['Helen Marsh', '07700 900207'], emergencyContact: ['Nicola Bayliss (mother)', '07700 900119'] },
    { forename: 'Chloe', surname: 'Guest', sex: F, yearGroup: 9, born: '05-30', ehcPlan: true, emergencyContact: ['Darren Guest (father)', '07700 900120'] },
    { forename: 'Ethan', surname: 'Mills', sex: M, yearGroup: 11, born: '10-07', lookedAfter: true, socialWorker: ['Priya Chauhan', '07700 900208'], emergencyContact: ['Angela Hughes (foster carer)', '07700 900121'] },
    { forename: 'Harpreet', surname: 'Kaur', preferredForename: 'Preet', sex: F, yearGroup: 8, born: '03-19', medicalNeeds: 'Sickle cell disease: needs water, warmth and rest breaks; call home at the first sign of pain.', emergencyContact: ['Jaswinder Kaur (mother)', '07700 900122'] },
    { forename: 'Brandon', surname: 'Cox', sex: M, yearGroup: 10, born: '08-25', senSupport: true, youthOffendingWorker: ['Lee Parkes', '07700 900304'], emergencyContact: ['Stacey Cox (mother)', '07700 900123'] },
    { forename: 'Imogen', surname: 'Pearce', sex: F, yearGroup: 9, born: '07-04', emergencyContact: ['Richard Pearce (father)', '07700 900124'] },
  ],
  alp: [
    { forename: 'Marcus', surname: 'Reid', sex: M, yearGroup: 10, born: '02-28', senSupport: true, behaviourRiskAssessment: true, socialWorker: ['Femi Adeyemi', '07700 900209'], emergencyContact: ['Natalie Reid (mother)', '07700 900125'] },
    { forename: 'Kieran', surname: 'O’Neill', sex: M, yearGroup: 11, born: '11-20', behaviourRiskAssessment: true, youthOffendingWorker: ['Sarah Bostock', '07700 900305'], emergencyContact: ['Siobhan O’Neill (mother)', '07700 900126'] },
    { forename: 'Jade', surname: 'Whitmore', sex: F, yearGroup: 9, born: '06-15', lookedAfter: true, behaviourRiskAssessment: true, socialWorker: ['Tom Harrison', '07700 900210'], emergencyContact: ['Beaumont Lodge residential home', '07700 900127'] },
    { forename: 'Devesh', surname: 'Mistry', preferredForename: 'Dev', sex: M, yearGroup: 10, born: '09-09', ehcPlan: true, behaviourRiskAssessment: true, emergencyContact: ['Hema Mistry (mother)', '07700 900128'] },
    { forename: 'Poppy', surname: 'Clarke', sex: F, yearGroup: 8, born: '04-01', medicalNeeds: 'ADHD: takes methylphenidate at lunchtime (the school sends it in a labelled box); asthma inhaler in her bag.', emergencyContact: ['Emma Clarke (mother)', '07700 900129'] },
    { forename: 'Ashton', surname: 'Bell', sex: M, yearGroup: 11, born: '01-03', senSupport: true, behaviourRiskAssessment: true, emergencyContact: ['Wayne Bell (father)', '07700 900130'] },
  ],
};

/** The first year of the current school year (it starts in September). */
function schoolYearStart(today: string): number {
  const [year, month] = today.split('-').map(Number);
  return month >= 9 ? year : year - 1;
}

/** Children born September to August start Reception together: a birthday fixes the year of birth for a year group. */
function dateOfBirth(pupil: DemoPupil, schoolYear: number): string {
  const autumnBorn = Number(pupil.born.slice(0, 2)) >= 9;
  return `${schoolYear - pupil.yearGroup - (autumnBorn ? 5 : 4)}-${pupil.born}`;
}

/** Demo pupils on the roll of each demo school, with UPNs issued by the school: LAESTAB, year they started Reception, serial. */
export async function seedDemoPupils(tx: EntityManager, demo: { organisations: Map<string, Organisation> }): Promise<void> {
  const schoolYear = schoolYearStart(todayInEngland());
  for (const [key, pupils] of Object.entries(DEMO_PUPILS)) {
    const school = demo.organisations.get(key) as School;
    pupils.forEach((pupil, index) => {
      const issued = String((schoolYear - pupil.yearGroup) % 100).padStart(2, '0');
      tx.create(Pupil, {
        school,
        upn: upnFromDigits(`${school.laestab}${issued}${String(index + 1).padStart(3, '0')}`),
        legalSurname: pupil.surname,
        legalForename: pupil.forename,
        preferredForename: pupil.preferredForename ?? null,
        dateOfBirth: dateOfBirth(pupil, schoolYear),
        sex: pupil.sex,
        yearGroup: pupil.yearGroup,
        ehcPlan: pupil.ehcPlan ?? false,
        senSupport: pupil.senSupport ?? false,
        lookedAfter: pupil.lookedAfter ?? false,
        behaviourRiskAssessment: pupil.behaviourRiskAssessment ?? false,
        socialWorkerName: pupil.socialWorker?.[0] ?? null,
        socialWorkerContact: pupil.socialWorker?.[1] ?? null,
        youthOffendingWorkerName: pupil.youthOffendingWorker?.[0] ?? null,
        youthOffendingWorkerContact: pupil.youthOffendingWorker?.[1] ?? null,
        medicalNeeds: pupil.medicalNeeds ?? null,
        emergencyContactName: pupil.emergencyContact[0],
        emergencyContactPhone: pupil.emergencyContact[1],
      });
    });
  }
}
