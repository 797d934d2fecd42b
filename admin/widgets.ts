import CMS from 'decap-cms-app';
import { Component, createElement as h, type ComponentType } from 'react';

/**
 * Decap's list widget writes its heading and add button from the field's label in lower case
 * ("0 ablauf", "quellen hinzufügen"), which is wrong for German nouns. The list control is
 * registered again, wrapped: where it lowers a label it gets plain German counting words
 * ("0 Einträge", "1 Eintrag", "Eintrag hinzufügen"); its messages still name the field ("Quellen").
 */
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

interface FieldMap {
  get(key: string): unknown;
  set(key: string, value: unknown): FieldMap;
}

function countedInGerman(Control: ComponentType<any>): ComponentType<any> {
  return class GermanList extends Component<{ field: FieldMap }> {
    inner: any = null;
    // Decap calls these on the control it holds (validation, focus, nested validation).
    isValid = () => (this.inner?.isValid ? this.inner.isValid() : true);
    focus = (path: string) => this.inner?.focus?.(path);
    get validate() {
      return this.inner?.validate;
    }
    render() {
      const { field: original } = this.props;
      const field = original.set('label', new Lowered(String(original.get('label')), 'Einträge')).set('label_singular', new Lowered('Eintrag', 'Eintrag'));
      return h(Control, { ...this.props, field, ref: (ref: unknown) => (this.inner = ref) });
    }
  };
}

export function registerGermanWidgets(): void {
  const list = CMS.getWidget('list') as { control: ComponentType<any>; preview: ComponentType<any> };
  CMS.registerWidget('list', countedInGerman(list.control), list.preview);
}
