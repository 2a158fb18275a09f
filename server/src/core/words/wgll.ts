// NHS England's "What Good Looks Like" framework: its seven success measures,
// each with words that show a strategy speaks to it. Used for information in
// the scorecard only, never for findings.

export type WgllArea = 'well-led' | 'smart-foundations' | 'safe-practice' | 'support-people' | 'empower-citizens' | 'improve-care' | 'healthy-populations';

export const WGLL: ReadonlyArray<{ id: WgllArea; label: string; pattern: RegExp }> = [
  { id: 'well-led', label: 'Well led', pattern: /\b(?:board|leadership|governance|chief (?:executive|clinical information officer|nursing information officer)|cc?io|cnio|cdio|senior responsible owner|accountab\w+)\b/i },
  { id: 'smart-foundations', label: 'Ensure smart foundations', pattern: /\b(?:infrastructure|network|wi-?fi|devices?|laptops?|cloud|data cent(?:re|er)s?|architecture|interoperab\w+|electronic (?:patient|health) records?|eprs?|ehrs?|digital maturity|legacy systems?)\b/i },
  { id: 'safe-practice', label: 'Safe practice', pattern: /\b(?:cyber|clinical safety|information governance|data (?:protection|security)|resilien\w+|business continuity|back-?ups?|dcb ?01(?:29|60)|dspt|security)\b/i },
  { id: 'support-people', label: 'Support people', pattern: /\b(?:staff|workforce|colleagues|digital skills|digital literacy|training|clinicians|informatics (?:staff|professionals)|skills)\b/i },
  { id: 'empower-citizens', label: 'Empower citizens', pattern: /\b(?:patients?|service users?|citizens?|carers?|nhs app|online access|patient portal|self-?care|self-?manage\w*|digital inclusion|digitally excluded|remote monitoring|residents)\b/i },
  { id: 'improve-care', label: 'Improve care', pattern: /\b(?:care pathways?|pathways?|clinical decision support|e-?prescribing|epma|virtual wards?|clinical outcomes?|quality of care|patient safety|shared care records?|care records?)\b/i },
  { id: 'healthy-populations', label: 'Healthy populations', pattern: /\b(?:population health|health inequalit\w+|inequalit\w+|prevention|analytics|health intelligence|population|public health|wider determinants)\b/i },
];
