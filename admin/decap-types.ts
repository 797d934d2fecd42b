/**
 * What the admin modules use of the objects Decap hands them, where decap-cms-core's own
 * declarations (3.19.1, index.d.ts) leave it untyped or get it wrong. Decap passes Immutable 4 Maps
 * and Lists; the interfaces below name only the keys read or written here, with the types Decap
 * stores under them.
 */
import type { List, Map as ImmutableMap } from 'immutable';
import type { ComponentType, RefAttributes } from 'react';
import type { CmsField } from './field-widgets';

/** An entry's form data: Decap declares Map<string, any>; values are plain scalars or nested Maps and Lists. */
export type DecapData = ImmutableMap<string, unknown>;

/** An entry in widgets and event hooks (Decap declares Map<string, any>). */
export interface DecapEntry {
  get(key: 'collection'): string;
  get(key: 'slug'): string | undefined;
  get(key: 'data'): DecapData;
}

/** A field's configuration as a control receives it (Decap declares Map<string, any>). */
export interface DecapField {
  get(key: 'name'): string;
  get(key: 'label'): string | undefined;
  get(key: 'required'): boolean | undefined;
  set(key: 'label' | 'label_singular', value: unknown): DecapField;
}

/** One file of a file collection (Decap declares Map<string, any>). */
export interface DecapCollectionFile {
  get(key: 'name'): string;
  get(key: 'fields'): List<DecapField>;
}

/** A collection as a control receives it: a folder collection has fields, a file collection files. */
export interface DecapCollection {
  get(key: 'files'): List<DecapCollectionFile> | undefined;
  get(key: 'fields'): List<DecapField> | undefined;
}

/** A control's answer to isValid, as Decap's Widget.validateWrappedControl reads it. */
export type Validity = boolean | { error: unknown } | Promise<unknown>;

/**
 * What Decap's Widget asks of a mounted control (Widget.processInnerControlRef), all optional.
 * Decap calls isValid unbound, so controls define it (and validate, getValidateValue) as arrow properties.
 */
export interface InnerControl {
  isValid?: () => Validity;
  validate?: () => void;
  getValidateValue?: () => unknown;
  focus?(path: string): void;
  shouldComponentUpdate?(next: ControlProps, nextState: unknown): boolean;
}

/** What Decap's Widget passes a control; CmsWidgetControlProps names only value, field, onChange, forID and classNameWrapper. */
export interface ControlProps {
  field: DecapField;
  value: unknown;
  onChange(value: unknown): void;
  validate(): void;
  collection?: DecapCollection;
  entry?: DecapEntry;
  getEntry?(): DecapEntry;
  classNameWrapper?: string;
  hasActiveStyle?: boolean;
  uniqueFieldId?: string;
}

export type WidgetControl = ComponentType<ControlProps & RefAttributes<InnerControl>>;

/** A widget as Decap's registry lists it (getWidgets): its name, components and options such as schema. */
export interface RegisteredWidget {
  name: string;
  control: WidgetControl;
  preview?: unknown;
  [option: string]: unknown;
}

/**
 * Decap's widget registry: the declarations lack getWidgets, and their CmsWidgetParam types
 * controlComponent as control props instead of a component.
 */
export interface WidgetRegistry {
  getWidgets(): RegisteredWidget[];
  registerWidget(widget: { name: string; controlComponent: WidgetControl; previewComponent?: unknown; [option: string]: unknown }): void;
}

/** The embedded configuration (admin/config.ts) as admin/cms.ts reads and adjusts it; Decap's CmsCollection lacks format, extension and fields. */
export interface EmbeddedConfig {
  local_backend: { url: string; allowed_hosts: string[] };
  collections: { name: string; folder?: string; format: string; extension: string; fields?: CmsField[]; files?: { fields?: CmsField[] }[] }[];
  [option: string]: unknown;
}

/** Whether a value from the form is an Immutable collection (it converts itself to plain data). */
export function isConvertible(value: unknown): value is { toJS(): unknown } {
  return Boolean((value as { toJS?: unknown } | null | undefined)?.toJS);
}
