// Profiles: the vocabulary a strategy is read with. `nhs` knows NHS
// organisations and terms; `general` suits strategies outside the NHS. Unless a
// setting or the front matter says, the document's own words choose one (see
// profile-choice.ts).
import type { Profile, ProfileSetting } from './types';

export interface Vocabulary {
  profile: Profile;
  /** Abbreviations a reader of this kind of strategy knows without a definition. */
  knownAcronyms: ReadonlySet<string>;
  /** Words that show a strategy places itself in its wider system. */
  systemTerms: readonly string[];
  /** Words for the people a strategy serves. */
  userTerms: readonly string[];
  /** Words for the organisation's board and top leadership. */
  boardTerms: readonly string[];
}

// NHS: every UK reader knows it, so a council strategy that mentions it need not spell it out.
const COMMON_ACRONYMS = ['NHS', 'UK', 'IT', 'US', 'EU', 'PDF', 'FAQ', 'CEO', 'OK', 'TV', 'PC', 'USB', 'URL', 'HTML', 'API', 'GDPR', 'AI', 'ID', 'HR', 'Q1', 'Q2', 'Q3', 'Q4', 'KPI', 'KPIs', 'OKR', 'OKRs', 'TBC', 'TBD', 'TODO', 'N/A', 'PM', 'AM', 'HM', 'BBC', 'GDP', 'VAT', 'MP', 'MPs', 'SMS', 'CV', 'LGBT', 'LGBTQ', 'LGBTQ+', 'BAME', 'PhD', 'GB', 'MB', 'TB', 'OECD', 'UN', 'WHO'];
const NHS_ACRONYMS = [
  'NHS', 'GP', 'GPs', 'A&E', 'ICS', 'ICSs', 'ICB', 'ICBs', 'ICP', 'EPR', 'EPRs', 'NHSE', 'DHSC', 'CQC', 'ICU', 'NICE', 'COVID', 'COVID-19',
  'PCN', 'PCNs', 'CCG', 'CCGs', 'NHSX', 'UKHSA', 'HR', 'OD', 'NMC', 'GMC', 'BMA', 'RCN',
  // Allied health professionals: a staff group every NHS reader knows by its initials.
  'AHP', 'AHPs',
];

export const PROFILES: Readonly<Record<Profile, Vocabulary>> = {
  nhs: {
    profile: 'nhs',
    knownAcronyms: new Set([...COMMON_ACRONYMS, ...NHS_ACRONYMS]),
    systemTerms: [
      'integrated care system', 'integrated care board', 'integrated care partnership', 'integrated care', 'ics', 'icb', 'icp',
      'system', 'place', 'place-based', 'neighbourhood', 'primary care network', 'pcn', 'provider collaborative', 'partners',
      'partnership', 'nhs england', 'long term plan', 'long-term plan', 'ten year plan', '10 year plan', 'joint forward plan',
      'trust strategy', 'organisational strategy', 'clinical strategy', 'local authority', 'social care',
    ],
    userTerms: ['patient', 'patients', 'service user', 'service users', 'carer', 'carers', 'families', 'staff', 'clinician', 'clinicians', 'colleagues', 'people', 'public', 'residents', 'communities', 'users'],
    boardTerms: ['board', 'trust board', 'chief executive', 'executive team', 'executive directors', 'non-executive', 'whole board', 'unitary board', 'board of directors'],
  },
  general: {
    profile: 'general',
    knownAcronyms: new Set(COMMON_ACRONYMS),
    systemTerms: [
      'system', 'partners', 'partnership', 'sector', 'government', 'department', 'ecosystem', 'organisational strategy',
      'corporate strategy', 'business strategy', 'wider strategy', 'our strategy', 'mission', 'strategic plan',
    ],
    userTerms: ['user', 'users', 'customer', 'customers', 'citizen', 'citizens', 'staff', 'employees', 'colleagues', 'people', 'public', 'residents', 'communities', 'clients', 'members'],
    boardTerms: ['board', 'chief executive', 'executive team', 'executive committee', 'leadership team', 'senior leadership', 'permanent secretary', 'management board', 'directors'],
  },
};

export function isProfile(s: unknown): s is Profile {
  return s === 'nhs' || s === 'general';
}

export function isProfileSetting(s: unknown): s is ProfileSetting {
  return s === 'auto' || isProfile(s);
}
