import CMS from 'decap-cms-app';
import { fromJS } from 'immutable';
import { Component, createElement as h, Fragment } from 'react';
import { formatDate } from '../src/lib/format';
import type { CheckedOffer } from './checked-today';
import type { ControlProps, DecapEntry, InnerControl, Validity, WidgetControl, WidgetRegistry } from './decap-types';

/**
 * Decap's widgets, registered again wrapped, through Decap's own extension points (registerWidget
 * and a control's isValid), not a fork:
 *  - every top-level field checks the entry against the collection's zod schema when Decap
 *    validates it (on save), so a refused save marks the field concerned with the build's own
 *    message, and re-checks as the editor types until the message is gone;
 *  - lists count their entries in German (Decap lowers the label: "0 ablauf");
 *  - once an editor changes a fact, its field and "Zuletzt geprüft" offer to set the check dates
 *    to today (admin/checked-today.ts); one click sets them in the form, where the editor sees them.
 */

/** The schema's messages for one top-level field of an entry; "" when it has none. */
export type FieldCheck = (collection: string, field: string, data: Record<string, unknown>) => string;

/** Lowers to a fixed German word, prints as the field's label (Decap's own messages still name the field). */
class Lowered extends String {
  constructor(
    label: string,
    private readonly lowered: string,
  ) {
    super(label);
  }
  override toLowerCase(): string {
    return this.lowered;
  }
}

/** The offer to set the check dates for an entry's data as the form holds it (undefined: none). */
export type OfferFor = (collection: string, data: Record<string, unknown>) => CheckedOffer | undefined;

/** The offer as it stands, and the top-level controls of the open entry by field name (they set their own values). */
let offer: CheckedOffer | undefined;
const topLevel = new Map<string, Component<ControlProps>>();

/** Works the offer out afresh after a change and redraws the fields that show it, before and now. */
function refreshOffer(offerFor: OfferFor, entry: DecapEntry | undefined): void {
  const next = entry ? offerFor(entry.get('collection'), entry.get('data').toJS()) : undefined;
  if (JSON.stringify(next) === JSON.stringify(offer)) return;
  const shown = new Set([...(offer?.at ?? []), ...(next?.at ?? [])]);
  offer = next;
  for (const name of shown) topLevel.get(name)?.forceUpdate();
}

/** Sets every top-level value the offer changes, each through its own control, as if the editor had typed it. */
function acceptOffer(accepted: CheckedOffer, entry: DecapEntry): void {
  const data = entry.get('data').toJS();
  for (const [name, value] of Object.entries(accepted.updated)) {
    if (JSON.stringify(value) !== JSON.stringify(data[name])) topLevel.get(name)?.props.onChange(fromJS(value));
  }
}

const NOTICE_STYLE = {
  margin: '8px 0 0',
  padding: '8px 12px',
  borderLeft: '4px solid #8a6100',
  background: '#fff8e5',
  color: '#1a1a1a',
  fontSize: '14px',
  lineHeight: 1.4,
};

/** "Kriterien › A, Lieferkette › B und 2 weitere" */
function factList(facts: string[]): string {
  const shown = facts.slice(0, 3).join(', ');
  return facts.length > 3 ? `${shown} und ${facts.length - 3} weitere` : shown;
}

function offerNotice(current: CheckedOffer, id: string, accept: () => void) {
  const date = formatDate(current.today);
  return h(
    'div',
    { role: 'status', style: NOTICE_STYLE, 'data-checked-offer': '' },
    h(
      'p',
      { id, style: { margin: '0 0 6px' } },
      `Geändert: ${factList(current.facts)}. Auf heute (${date}) setzen: „Zuletzt geprüft“ und das Prüfdatum der geänderten Belege.`,
    ),
    h(
      'button',
      { type: 'button', onClick: accept, 'aria-describedby': id, style: { font: 'inherit', padding: '4px 12px', cursor: 'pointer' } },
      'Auf heute setzen',
    ),
  );
}

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  const size = (value as { size?: number }).size;
  return typeof size === 'number' && size === 0;
}

/**
 * Wraps a control. Decap holds the wrapper as "the control" (Widget.processInnerControlRef), so
 * the wrapper hands on what Decap asks of a control: isValid, validate (objects and lists
 * validate their children), focus, getValidateValue and shouldComponentUpdate.
 */
function wrapped(Control: WidgetControl, check: FieldCheck, offerFor: OfferFor, isList: boolean): WidgetControl {
  return class CheckedControl extends Component<ControlProps> {
    inner: InnerControl | null = null;
    /** Whether the field shows a message of ours; then every change checks again. */
    showsMessage = false;

    topLevelName(): string | undefined {
      const { collection, field } = this.props;
      const entry = this.props.getEntry?.() ?? this.props.entry;
      const files = collection?.get('files');
      const fields = files ? files.find((f) => f.get('name') === entry?.get('slug'))?.get('fields') : collection?.get('fields');
      return fields?.includes(field) ? field.get('name') : undefined;
    }

    schemaMessage(): string {
      const name = this.topLevelName();
      const entry = this.props.getEntry?.() ?? this.props.entry;
      if (!name || !entry) return '';
      // An empty required field is Decap's own message ("„Titel“ fehlt: Bitte ausfüllen.").
      if (isBlank(this.props.value) && this.props.field.get('required') !== false) return '';
      const data = entry.get('data').set(name, this.props.value).toJS();
      return check(entry.get('collection'), name, data);
    }

    isValid = (): Validity => {
      const own = this.inner?.isValid ? this.inner.isValid() : true;
      if (own === false || own instanceof Promise || (own && typeof own === 'object' && own.error)) return own;
      const message = this.schemaMessage();
      this.showsMessage = message !== '';
      // Decap announces a refused save ("Nicht gespeichert: Bitte die rot markierten Felder korrigieren.") only for this type.
      return message ? { error: { type: 'PRESENCE', message } } : true;
    };

    get validate() {
      const own = this.inner?.validate;
      if (!own) return undefined;
      // Objects and lists validate only their children; the field's own check follows.
      return () => {
        own();
        if (this.topLevelName()) this.props.validate();
      };
    }

    get getValidateValue() {
      return this.inner?.getValidateValue;
    }

    focus = (path: string) => this.inner?.focus?.(path);

    shouldComponentUpdate(next: ControlProps, nextState: unknown): boolean {
      if (this.inner?.shouldComponentUpdate) return this.inner.shouldComponentUpdate.call(this.inner, next, nextState);
      return this.props.value !== next.value || this.props.classNameWrapper !== next.classNameWrapper || this.props.hasActiveStyle !== next.hasActiveStyle;
    }

    entry(): DecapEntry | undefined {
      return this.props.getEntry?.() ?? this.props.entry;
    }

    componentDidMount() {
      const name = this.topLevelName();
      if (!name) return;
      topLevel.set(name, this);
      refreshOffer(offerFor, this.entry());
    }

    componentWillUnmount() {
      const name = this.topLevelName();
      if (name && topLevel.get(name) === this) topLevel.delete(name);
    }

    componentDidUpdate(previous: ControlProps) {
      if (this.showsMessage && previous.value !== this.props.value) this.props.validate();
      if (previous.value !== this.props.value && this.topLevelName()) refreshOffer(offerFor, this.entry());
    }

    render() {
      const { field } = this.props;
      const shown = isList
        ? field.set('label', new Lowered(String(field.get('label')), 'Einträge')).set('label_singular', new Lowered('Eintrag', 'Eintrag'))
        : field;
      const control = h(Control, {
        ...this.props,
        field: shown,
        ref: (ref: InnerControl | null) => {
          this.inner = ref;
        },
      });
      const name = this.topLevelName();
      const current = offer;
      if (!name || !current?.at.includes(name)) return control;
      const accept = () => {
        const entry = this.entry();
        if (entry) acceptOffer(current, entry);
      };
      return h(Fragment, null, control, offerNotice(current, `${this.props.uniqueFieldId ?? name}-checked-offer`, accept));
    }
  };
}

/** Decap's widget registry as it is, not as its declarations have it (WidgetRegistry). */
const registry = CMS as unknown as WidgetRegistry;

export function registerCheckedWidgets(check: FieldCheck, offerFor: OfferFor): void {
  for (const { name, control, preview, ...options } of registry.getWidgets()) {
    registry.registerWidget({ ...options, name, controlComponent: wrapped(control, check, offerFor, name === 'list'), previewComponent: preview });
  }
}
