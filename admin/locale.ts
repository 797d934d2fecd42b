import de from 'decap-cms-locales/dist/esm/de/index.js';

/**
 * Decap's German locale, completed and corrected for editors: Decap falls back to English for
 * every key its German file lacks (notes, expand/collapse, "Close" …) and keeps English words
 * ("Login", "Oops", "Rich Text"). registerLocale('de', …) in admin/cms.ts replaces the built-in
 * one; tests/unit/cms-german.test.ts requires a German text for every key of the English locale.
 */

type Phrases = { [key: string]: string | Phrases };

const corrections: Phrases = {
  auth: {
    login: 'Anmelden',
    loggingIn: 'Anmeldung läuft …',
    loginWithNetlifyIdentity: 'Mit Netlify Identity anmelden',
    loginWithAzure: 'Mit Azure anmelden',
    loginWithBitbucket: 'Mit Bitbucket anmelden',
    loginWithGitHub: 'Mit GitHub anmelden',
    loginWithGitLab: 'Mit GitLab anmelden',
    loginWithGitea: 'Mit Gitea anmelden',
    loginWithForgejo: 'Mit Forgejo anmelden',
    errors: {
      email: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
      identitySettings:
        'Die Einstellungen von Netlify Identity konnten nicht geladen werden. Bitte prüfen Sie, ob Identity und Git Gateway eingeschaltet sind.',
    },
  },
  app: {
    header: { quickAdd: 'Neu anlegen' },
    app: {
      checkConfigYml: 'Die Konfiguration entsteht beim Bauen aus admin/config.ts; bitte die Entwicklung verständigen.',
      loadingConfig: 'Konfiguration wird geladen …',
      waitingBackend: 'Warte auf den Server …',
    },
  },
  collection: {
    sidebar: { collections: 'Inhalte', allCollections: 'Alle Inhalte', searchAll: 'Alle Inhalte durchsuchen' },
    collectionTop: {
      newButton: 'Neu: %{collectionLabel}',
      newButtonAriaLabel: 'Neuen Eintrag anlegen: %{collectionLabel}',
      viewAsList: 'Als Liste anzeigen',
      viewAsGrid: 'Als Kacheln anzeigen',
      searchResults: 'Suchergebnisse für „%{searchTerm}“',
      searchResultsInCollection: 'Suchergebnisse für „%{searchTerm}“ in %{collection}',
    },
    entries: {
      loadingEntries: 'Einträge werden geladen …',
      cachingEntries: 'Einträge werden zwischengespeichert …',
      longerLoading: 'Das kann einige Minuten dauern.',
      noEntries: 'Keine Einträge',
      unpublishedHeader: 'Unveröffentlichte Einträge',
    },
    groups: { other: 'Sonstige', negateLabel: 'Nicht %{label}' },
    defaultFields: { author: { label: 'Verfasst von' } },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Feld %{widgetLabel}' } },
    editorControlPane: {
      widget: {
        required: '„%{fieldLabel}“ fehlt: Bitte ausfüllen.',
        // Our patterns carry their own German explanation ("muss eine vollständige Webadresse sein").
        regexPattern: '„%{fieldLabel}“ %{pattern}.',
        processing: '„%{fieldLabel}“ wird verarbeitet …',
        range: '„%{fieldLabel}“ muss zwischen %{minValue} und %{maxValue} liegen.',
        min: '„%{fieldLabel}“ muss mindestens %{minValue} sein.',
        max: '„%{fieldLabel}“ darf höchstens %{maxValue} sein.',
        rangeCount: '„%{fieldLabel}“ braucht %{minCount} bis %{maxCount} Einträge.',
        rangeCountExact: '„%{fieldLabel}“ braucht genau %{count} Einträge.',
        rangeMin: '„%{fieldLabel}“ braucht mindestens %{minCount} Einträge.',
        rangeMax: '„%{fieldLabel}“ darf höchstens %{maxCount} Einträge haben.',
        invalidPath: '„%{path}“ ist kein gültiger Pfad.',
        pathExists: 'Den Pfad „%{path}“ gibt es schon.',
      },
    },
    editor: {
      onPublishingNotReady: 'Bitte setzen Sie den Status vor dem Veröffentlichen auf „Bereit“.',
      onPublishingWithUnsavedChanges: 'Es gibt ungespeicherte Änderungen. Bitte speichern Sie vor dem Veröffentlichen.',
      loadingEntry: 'Eintrag wird geladen …',
      confirmLoadBackup: 'Für diesen Eintrag gibt es eine lokal gesicherte, nicht gespeicherte Fassung. Möchten Sie sie wiederherstellen?',
      onPublishing: 'Soll dieser Eintrag wirklich veröffentlicht werden?',
      onUnpublishing: 'Soll die Veröffentlichung dieses Eintrags wirklich zurückgezogen werden?',
      onDeleteWithUnsavedChanges: 'Möchten Sie diesen veröffentlichten Eintrag und Ihre nicht gespeicherten Änderungen löschen?',
      onDeletePublishedEntry: 'Soll dieser veröffentlichte Eintrag wirklich gelöscht werden?',
      onDeleteUnpublishedChangesWithUnsavedChanges: 'Möchten Sie diesen unveröffentlichten Eintrag und Ihre nicht gespeicherten Änderungen löschen?',
    },
    editorInterface: { toggleScrollSync: 'Gemeinsam blättern', toggleNotes: 'Notizen ein- oder ausblenden' },
    editorNotesPane: {
      title: 'Notizen',
      emptyState: 'Noch keine Notizen. Schreiben Sie unten die erste.',
      addNote: 'Notiz hinzufügen',
      addPlaceholder: 'Notiz schreiben …',
      editPlaceholder: 'Notiz bearbeiten …',
      save: 'Speichern',
      cancel: 'Abbrechen',
      edit: 'Bearbeiten',
      delete: 'Löschen',
      resolve: 'Als erledigt markieren',
      unresolve: 'Wieder öffnen',
      confirmDelete: 'Soll diese Notiz wirklich gelöscht werden?',
      shortcut: 'Tipp: Mit Strg+Eingabe fügen Sie die Notiz gleich hinzu.',
    },
    editorToolbar: {
      publishing: 'Wird veröffentlicht …',
      publishAndCreateNew: 'Veröffentlichen und neuen Eintrag anlegen',
      publishAndDuplicate: 'Veröffentlichen und Eintrag duplizieren',
      deleteUnpublishedEntry: 'Unveröffentlichten Eintrag löschen',
      deletePublishedEntry: 'Veröffentlichten Eintrag löschen',
      deleteEntry: 'Eintrag löschen',
      saving: 'Wird gespeichert …',
      statusInfoTooltipDraft: 'Der Eintrag ist ein Entwurf. Ist er fertig, setzen Sie den Status auf „Zur Prüfung“.',
      statusInfoTooltipInReview: 'Der Eintrag wird geprüft. Sie können ihn währenddessen weiter bearbeiten.',
      deleting: 'Wird gelöscht …',
      updating: 'Wird aktualisiert …',
      // The collection label is a plural in the nominative ("Seminare"); this phrasing fits every label.
      backCollection: 'Zurück zur Liste „%{collectionLabel}“',
      inReview: 'Zur Prüfung',
      ready: 'Bereit',
      deployPreviewPendingButtonLabel: 'Nach Vorschau suchen',
      deployButtonLabel: 'Auf der Website ansehen',
    },
    editorWidgets: {
      markdown: {
        code: 'Quelltext',
        link: 'Verweis',
        linkPrompt: 'Webadresse des Verweises eingeben',
        strikethrough: 'Durchgestrichen',
        addComponent: 'Baustein einfügen',
        richText: 'Formatierter Text',
        markdown: 'Markdown-Quelltext',
        toggleMode: { rich: 'Zu formatiertem Text wechseln', markdown: 'Zum Markdown-Quelltext wechseln' },
      },
      image: {
        choose: 'Bild wählen',
        chooseUrl: 'Bild von Webadresse',
        replaceUrl: 'Durch Bild von Webadresse ersetzen',
        promptUrl: 'Webadresse des Bildes eingeben',
        chooseDifferent: 'Anderes Bild wählen',
        remove: 'Bild entfernen',
        chooseMultiple: 'Bilder wählen',
        addMore: 'Weitere Bilder hinzufügen',
        removeAll: 'Alle Bilder entfernen',
      },
      file: {
        choose: 'Datei wählen',
        chooseUrl: 'Datei von Webadresse',
        replaceUrl: 'Durch Datei von Webadresse ersetzen',
        promptUrl: 'Webadresse der Datei eingeben',
        chooseDifferent: 'Andere Datei wählen',
        remove: 'Datei entfernen',
        chooseMultiple: 'Dateien wählen',
        addMore: 'Weitere Dateien hinzufügen',
        removeAll: 'Alle Dateien entfernen',
      },
      unknownControl: { noControl: 'Für das Eingabefeld „%{widget}“ gibt es kein Bedienelement.' },
      unknownPreview: { noPreview: 'Für das Eingabefeld „%{widget}“ gibt es keine Vorschau.' },
      datetime: { setToNow: '„%{fieldLabel}“ auf jetzt setzen' },
      object: { expand: 'Aufklappen', collapse: 'Zuklappen' },
      // Decap puts the item name in lower case ("eintrag hinzufügen"); admin/widgets.ts hands it over unchanged.
      list: { add: '%{item} hinzufügen', addType: '%{item} hinzufügen' },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: { copyUrl: 'Webadresse kopieren' },
    mediaLibraryModal: {
      loading: 'Wird geladen …',
      noResults: 'Keine Ergebnisse.',
      private: 'Privat',
      search: 'Suchen …',
      uploading: 'Wird hochgeladen …',
      download: 'Herunterladen',
      deleting: 'Wird gelöscht …',
      deleteSelected: 'Ausgewählte Datei löschen',
      chooseSelected: 'Ausgewählte Datei verwenden',
      close: 'Schließen',
    },
  },
  ui: {
    default: { goBackToSite: 'Zurück zur Website' },
    errorBoundary: {
      details: 'Ein Fehler ist aufgetreten. Bitte ',
      reportIt: 'melden Sie ihn.',
      detailsHeading: 'Einzelheiten',
      privacyWarning: 'Ein Fehlerbericht enthält die Fehlermeldung und technische Angaben.\nBitte prüfen Sie sie und entfernen Sie persönliche Daten.',
    },
    settingsDropdown: { account: 'Konto' },
    toast: {
      missingRequiredField: 'Nicht gespeichert: Bitte die rot markierten Felder korrigieren.',
      onFailToAuth: 'Anmeldung fehlgeschlagen: %{details}',
      onLoggedOut: 'Sie wurden abgemeldet. Bitte sichern Sie Ihre Eingaben und melden Sie sich erneut an.',
      onBackendDown: 'Der Server ist gerade nicht erreichbar. Einzelheiten: %{details}',
      noteAdded: 'Notiz hinzugefügt',
      onFailToAddNote: 'Notiz nicht hinzugefügt: %{details}',
      noteUpdated: 'Notiz geändert',
      onFailToUpdateNote: 'Notiz nicht geändert: %{details}',
      noteDeleted: 'Notiz gelöscht',
      onFailToDeleteNote: 'Notiz nicht gelöscht: %{details}',
      noteResolved: 'Notiz erledigt',
      noteReopened: 'Notiz wieder geöffnet',
      onFailToToggleNote: 'Notiz nicht geändert: %{details}',
    },
  },
  workflow: {
    workflow: {
      loading: 'Einträge im Ablauf werden geladen …',
      newPost: 'Neuer Eintrag',
      description:
        '%{smart_count} Eintrag wartet auf Prüfung, %{readyCount} ist bereit zum Veröffentlichen. |||| %{smart_count} Einträge warten auf Prüfung, %{readyCount} sind bereit zum Veröffentlichen.',
      dateFormat: 'D. MMMM',
    },
    workflowCard: {
      deleteNewEntry: 'Neuen Eintrag löschen',
      publishChanges: 'Änderungen veröffentlichen',
      publishNewEntry: 'Neuen Eintrag veröffentlichen',
    },
    workflowList: {
      onDeleteEntry: 'Soll dieser Eintrag wirklich gelöscht werden?',
      onPublishingNotReadyEntry: 'Nur Einträge im Status „Bereit“ können veröffentlicht werden. Bitte ziehen Sie den Eintrag in die Spalte „Bereit“.',
      onPublishEntry: 'Soll dieser Eintrag wirklich veröffentlicht werden?',
      inReviewHeader: 'Zur Prüfung',
      readyHeader: 'Bereit',
      currentEntries: '%{smart_count} Eintrag |||| %{smart_count} Einträge',
    },
  },
};

function merged(base: Phrases, over: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? merged(current, value) : value;
  }
  return out;
}

/** The German locale the CMS registers under "de". */
export const germanLocale: Phrases = merged(de as unknown as Phrases, corrections);
