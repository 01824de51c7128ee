/**
 * Word lists behind the cues. Kept as plain data so they can be extended without touching
 * the rules; every list is general vocabulary of the field, not phrases from any portfolio.
 * Entries are literal words or phrases separated by '|'.
 */

function words(list: string): string[] {
  return list
    .split('|')
    .map((w) => w.trim().replace(/\s+/g, ' '))
    .filter((w) => w !== '');
}

/** Platforms and tools that learning technologists name when they describe their work. */
export const TOOLS = words(`
  Moodle | Canvas | Blackboard | Blackboard Ultra | Collaborate | Brightspace | D2L | Sakai |
  ILIAS | Totara | Cornerstone | Docebo | Teams | Microsoft Teams | Zoom | Google Meet |
  BigBlueButton | Webex | Panopto | Kaltura | Echo360 | Stream | YouTube | Vimeo | H5P |
  Turnitin | Gradescope | Inspera | Padlet | Mentimeter | Kahoot | Vevox | Poll Everywhere |
  Top Hat | Wooclap | Socrative | Quizlet | Miro | Jamboard | VoiceThread | Flip | Flipgrid |
  Edpuzzle | ThingLink | Genially | Sway | Canva | OneNote | OneDrive | SharePoint | Forms |
  Microsoft Forms | Google Forms | Google Classroom | Google Sites | Google Drive |
  Google Workspace | Microsoft 365 | Office 365 | WordPress | Pressbooks | Mahara | PebblePad |
  LibGuides | Leganto | Talis | Zotero | EndNote | Articulate | Storyline | Rise | Adapt |
  Captivate | Camtasia | Xerte | iSpring | Kolibri | WhatsApp | Slack | Yammer | Ally | NVDA |
  JAWS | Read&Write | Qualtrics | Copilot | ChatGPT | Excel | PowerPoint | SCORM | LTI | xAPI |
  Chromebook | Chromebooks | iPad | iPads | tablet | tablets | laptop | laptops | ePAD | ESR
`);

/** Theorists and named models; matched case-sensitively so "Moon" or "Rogers" stay names. */
export const THEORY_NAMES = words(`
  Laurillard | Conversational Framework | Salmon | Biggs | Kolb | Gibbs | Schön | Schon |
  Rolfe | Brookfield | UDL | Universal Design for Learning | CAST | TPACK | TPCK | SAMR |
  Puentedura | Bloom | Vygotsky | Mayer | Sweller | Garrison | Wenger | Lave | Siemens |
  Rogers | Kotter | Gagné | Gagne | Mazur | Kirkpatrick | Beetham | Sharpe | Knowles | Dweck |
  Hattie | Wiliam | Nicol | Boud | Carless | Deci | Freire | Biesta | Meyer and Land | Moon |
  Dewey | Bandura | Entwistle | Prensky
`);

/** Theoretical ideas named in ordinary words; matched case-insensitively. */
export const THEORY_TERMS = words(`
  constructive alignment | constructively aligned | experiential learning |
  reflective practice | reflective practitioner | zone of proximal development |
  cognitive load | community of inquiry | community of practice | communities of practice |
  connectivism | connectivist | diffusion of innovation | diffusion of innovations |
  nine events | peer instruction | andragogy | growth mindset | assessment for learning |
  feedback literacy | authentic assessment | self-determination theory |
  social constructivism | constructivism | constructivist | threshold concept |
  threshold concepts | deep and surface | surface learning | the literature | research says |
  research shows | research suggests | research argues | according to | five-stage model |
  e-tivity | e-tivities | multiple means of
`);

/** Irregular past forms that report an action (what the author or team did). */
export const IRREGULAR_ACTION_PAST = words(`
  ran | made | wrote | built | set up | led | gave | took | sent | held | met | began |
  bought | chose | taught | drew | put | sat | spent | won | got | went | brought | kept |
  rewrote | undertook | oversaw | rebuilt | shot | did
`);

/**
 * Past forms ending in -ed that report a state of mind or a judgement rather than an
 * action, so "I realised" is not counted as a described action.
 */
export const MENTAL_PAST = words(`
  realised | realized | learned | noticed | recognised | recognized | discovered | assumed |
  expected | hoped | wanted | wished | believed | imagined | pictured | underestimated |
  overestimated | misjudged | wondered | doubted | questioned | reflected | considered |
  struggled | worried | feared | enjoyed | liked | disliked | preferred | valued |
  appreciated | needed | seemed | appeared | worked | failed | succeeded | mattered | helped |
  suspected | concluded | judged | decided
`);

/** Verbs of skill acquisition: "I learned how to X" reports training, not insight. */
export const SKILL_VERBS = words(`
  use | operate | create | build | make | install | set up | configure | navigate | publish |
  edit | record | program | code | upload | export | import | manage | administer | add |
  enrol | embed | caption | film | design in | work with
`);

/** Verbs of current role; "I now manage a team" is context, not changed practice. */
export const ROLE_VERBS = words(`
  line-manage | manage | lead | work | am | report | teach | coordinate | hold | oversee |
  chair | run | support | look after | have
`);

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

function escape(char: string): string {
  if (char === ' ') return String.raw`\s+`;
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}

function emit(node: TrieNode): string {
  const branches = [...node.next].map(([char, child]) => escape(char) + emit(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
  if (!node.end) return body;
  return branches.length === 1 && [...node.next.values()][0]?.next.size === 0 && body.length <= 2
    ? `${body}?`
    : `(?:${body})?`;
}

/**
 * Joins literal words into one regex alternation shaped as a trie, so the engine follows
 * one branch per letter instead of trying a hundred words at every position. A longer
 * phrase is tried before its prefix ("Blackboard Ultra" before "Blackboard").
 */
export function alternation(list: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of list) {
    let node = root;
    for (const char of word) {
      let child = node.next.get(char);
      if (!child) node.next.set(char, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return emit(root);
}
