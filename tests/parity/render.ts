import { experimental_AstroContainer } from 'astro/container';
import { fromJS } from 'immutable';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { previewTemplates } from '../../admin/previews';

/** Renders an Astro component with props (and HTML for its slots), as the page does after building its view model. */
export async function renderPage(
  component: Parameters<experimental_AstroContainer['renderToString']>[0],
  props: Record<string, unknown>,
  slots: Record<string, string> = {},
): Promise<string> {
  const container = await experimental_AstroContainer.create();
  return container.renderToString(component, { props, slots });
}

/** Renders a CMS preview template the way Decap calls it: form data, relation metadata, a body widget. */
export function renderPreview(collection: string, data: Record<string, unknown>, relations: Record<string, unknown> = {}): string {
  const template = previewTemplates[collection];
  const entry = fromJS({ data });
  const fieldsMetaData = fromJS(relations);
  return renderToStaticMarkup(
    createElement(() =>
      template({
        entry: { getIn: (path: string[]) => entry.getIn(path) },
        widgetFor: (name: string) => createElement('p', null, typeof data[name] === 'string' ? data[name] : ''),
        getAsset: () => undefined,
        fieldsMetaData: { getIn: (path: string[]) => fieldsMetaData.getIn(path) },
      }),
    ),
  );
}
