import type { RebuildStatus } from '../src/lib/rebuild-queue';

/** The German text of a rebuild status for the editor; undefined while nothing has changed. */
export function statusText(status: RebuildStatus): { alert: boolean; lines: string[] } | undefined {
  const time = status.finishedAt ? new Date(status.finishedAt).toLocaleTimeString('de-DE', { hour: '2-digit', minute: '2-digit', second: '2-digit' }) : '';
  switch (status.state) {
    case 'building':
      return { alert: false, lines: ['Die Website wird neu gebaut …'] };
    case 'ok':
      return { alert: false, lines: [`Die Website zeigt den gespeicherten Stand (neu gebaut um ${time} Uhr).`] };
    case 'failed':
      return {
        alert: true,
        lines: [
          `Die Website wurde nicht aktualisiert (Build um ${time} Uhr gescheitert) und zeigt weiter den letzten funktionierenden Stand. Bitte beheben:`,
          ...status.problems,
        ],
      };
    default:
      return undefined;
  }
}

/**
 * Shows, inside the CMS, how the local CMS server's last rebuild of the site went (npm start):
 * polls its GET /status and writes into a live region, an alert when the build failed.
 */
export function showBuildStatus(statusUrl: string, intervalMs = 1500): void {
  const box = document.createElement('div');
  box.id = 'build-status';
  Object.assign(box.style, { position: 'fixed', right: '1rem', bottom: '1rem', zIndex: '10000', maxWidth: '36rem', font: '16px/1.4 system-ui, sans-serif' });
  // Both live regions exist before anything is written into them, so screen readers announce changes.
  const polite = document.createElement('div');
  polite.setAttribute('role', 'status');
  const alert = document.createElement('div');
  alert.setAttribute('role', 'alert');
  box.append(polite, alert);
  document.body.append(box);

  let shown = '';
  const render = (status: RebuildStatus) => {
    const text = statusText(status);
    const key = JSON.stringify(text ?? null);
    if (key === shown) return;
    shown = key;
    polite.replaceChildren();
    alert.replaceChildren();
    if (!text) return;
    const region = text.alert ? alert : polite;
    const [head, ...problems] = text.lines;
    const panel = document.createElement('div');
    Object.assign(panel.style, {
      padding: '0.75rem 1rem',
      borderRadius: '4px',
      boxShadow: '0 2px 8px rgba(0,0,0,.25)',
      background: text.alert ? '#fdecea' : '#eef6ee',
      color: '#1a1a1a',
      borderLeft: `6px solid ${text.alert ? '#b00020' : '#2e7d32'}`,
    });
    const p = document.createElement('p');
    p.style.margin = '0';
    p.textContent = head;
    panel.append(p);
    if (problems.length > 0) {
      const list = document.createElement('ul');
      Object.assign(list.style, { margin: '0.5rem 0 0', paddingLeft: '1.25rem' });
      for (const problem of problems) {
        const item = document.createElement('li');
        item.textContent = problem;
        list.append(item);
      }
      panel.append(list);
    }
    region.append(panel);
  };

  const poll = async () => {
    try {
      const answer = await fetch(statusUrl, { cache: 'no-store' });
      if (answer.ok) render((await answer.json()) as RebuildStatus);
    } catch {
      // The local CMS server is not running (yet); Decap reports that itself.
    }
    setTimeout(() => void poll(), intervalMs);
  };
  void poll();
}
