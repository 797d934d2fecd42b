import CMS from 'decap-cms-app';
import { Component, createElement as h, type ComponentType } from 'react';

/**
 * Decap's widgets, registered again wrapped, through Decap's own extension points (registerWidget
 * and a control's isValid), not a fork:
 *  - every top-level field checks the entry against the collection's zod schema when Decap
 *    validates it (on save), so a refused save marks the field concerned with the build's own
 *    message, and re-checks as the editor types until the message is gone;
 *  - lists count their entries in German (Decap lowers the label: "0 ablauf").
 */

interface ImmutableLike {
  get(key: string): any;
  set(key: string, value: unknown): ImmutableLike;
  toJS(): any;
}

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

type ControlProps = Record<string, any> & { field: ImmutableLike; value: unknown };

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
function wrapped(Control: ComponentType<any>, check: FieldCheck, isList: boolean): ComponentType<any> {
  return class CheckedControl extends Component<ControlProps> {
    inner: any = null;
    /** Whether the field shows a message of ours; then every change checks again. */
    showsMessage = false;

    topLevelName(): string | undefined {
      const { collection, field } = this.props;
      const entry: ImmutableLike | undefined = this.props.getEntry?.() ?? this.props.entry;
      const files = collection?.get('files');
      const fields = files ? files.find((f: ImmutableLike) => f.get('name') === entry?.get('slug'))?.get('fields') : collection?.get('fields');
      return fields?.includes(field) ? field.get('name') : undefined;
    }

    schemaMessage(): string {
      const name = this.topLevelName();
      const entry: ImmutableLike | undefined = this.props.getEntry?.() ?? this.props.entry;
      if (!name || !entry) return '';
      // An empty required field is Decap's own message ("„Titel“ fehlt: Bitte ausfüllen.").
      if (isBlank(this.props.value) && this.props.field.get('required') !== false) return '';
      const data = entry.get('data').set(name, this.props.value).toJS();
      return check(entry.get('collection'), name, data);
    }

    isValid = () => {
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

    componentDidUpdate(previous: ControlProps) {
      if (this.showsMessage && previous.value !== this.props.value) this.props.validate();
    }

    render() {
      const { field } = this.props;
      const shown = isList
        ? field.set('label', new Lowered(String(field.get('label')), 'Einträge')).set('label_singular', new Lowered('Eintrag', 'Eintrag'))
        : field;
      return h(Control, { ...this.props, field: shown, ref: (ref: unknown) => (this.inner = ref) });
    }
  };
}

interface RegisteredWidget {
  name: string;
  control: ComponentType<any>;
  preview: ComponentType<any>;
  [option: string]: unknown;
}

/** Decap's widget registry as it is (its type declarations lack getWidgets and the object form of registerWidget). */
const registry = CMS as unknown as { getWidgets(): RegisteredWidget[]; registerWidget(widget: Record<string, unknown>): void };

export function registerCheckedWidgets(check: FieldCheck): void {
  for (const { name, control, preview, ...options } of registry.getWidgets()) {
    registry.registerWidget({ ...options, name, controlComponent: wrapped(control, check, name === 'list'), previewComponent: preview });
  }
}
