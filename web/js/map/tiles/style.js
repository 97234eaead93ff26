// How a building is drawn, by DOMAIN.md "Map conventions". Pure: returns Leaflet path options.
//
// Precedence: the lifecycle end states (demolished, closed) and "not surveyed" win; otherwise
// the appraisal grade, when there is one, decides, because it is the professional finding that
// replaces the inspector's preliminary judgement; otherwise the judgement decides.

const COLOURS = {
  red: { fill: '#d32f2f', stroke: '#8e0000' },
  orange: { fill: '#f57c00', stroke: '#a84300' },
  yellow: { fill: '#fdd835', stroke: '#9a7d00' },
  safe: { fill: '#1e6fd9', stroke: '#0b3d91' },
  unsurveyed: { fill: '#9e9e9e', stroke: '#5f5f5f' },
  closed: { fill: '#7fa88f', stroke: '#3f7a57' },
  demolished: { fill: '#616161', stroke: '#303030' },
};

export const OVERDUE_STROKE = '#ff1744';
export const SELECTED_STROKE = '#00e5ff';

const BY_GRADE = { D: 'red', C: 'orange', B: 'yellow', A: 'safe' };
const BY_JUDGEMENT = { serious: 'red', some: 'orange', none: 'safe' };

/** The colour class of a building from its summary properties. */
export function category(props) {
  const p = props || {};
  if (p.status === 'demolished') return 'demolished';
  if (p.status === 'closed') return 'closed';
  if (p.status === 'unsurveyed') return 'unsurveyed';
  if (p.grade && BY_GRADE[p.grade]) return BY_GRADE[p.grade];
  if (p.judgement && BY_JUDGEMENT[p.judgement]) return BY_JUDGEMENT[p.judgement];
  return 'unsurveyed';
}

/** Leaflet path options for one colour class. */
export function categoryStyle(cat) {
  const c = COLOURS[cat] || COLOURS.unsurveyed;
  if (cat === 'closed') {
    return { color: c.stroke, weight: 2.5, opacity: 1, fillColor: c.fill, fillOpacity: 0.15, dashArray: null };
  }
  if (cat === 'demolished') {
    return { color: c.stroke, weight: 2, opacity: 1, fillColor: c.fill, fillOpacity: 0.2, dashArray: '5 4' };
  }
  return { color: c.stroke, weight: 1, opacity: 1, fillColor: c.fill, fillOpacity: 0.75, dashArray: null };
}

/**
 * Path options for a building: its colour class, a thick red border when overdue, a thick
 * cyan border when selected (selection wins: the user must see what the panel shows).
 */
export function buildingStyle(props, { overdue = false, selected = false } = {}) {
  const style = categoryStyle(category(props));
  if (overdue) Object.assign(style, { color: OVERDUE_STROKE, weight: 3 });
  if (selected) Object.assign(style, { color: SELECTED_STROKE, weight: 4 });
  return style;
}

/** The legend, in the order shown; each entry has an i18n key and the style to draw. */
export function legendEntries() {
  const entries = ['red', 'orange', 'yellow', 'safe', 'unsurveyed', 'closed', 'demolished']
    .map((cat) => ({ id: cat, labelKey: `legend.${cat}`, style: categoryStyle(cat) }));
  entries.push({
    id: 'overdue',
    labelKey: 'legend.overdue',
    style: { ...categoryStyle('orange'), color: OVERDUE_STROKE, weight: 3 },
  });
  return entries;
}
