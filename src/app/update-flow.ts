/**
 * When a new version of the app may replace the running one. An update is offered, never
 * forced: the page reloads only after the user chose "Reload" and every edit is stored.
 * Kept apart from the service worker and React so the rules can be tested in Node.
 */
import type { AutosaveStatus } from '../db/autosave';

export interface UpdateFlowDeps {
  /** Writes every pending edit (the autosaver's flush). */
  flush: () => Promise<void>;
  /** The save state after the flush: only 'saved' means a reload loses nothing. */
  saveState: () => AutosaveStatus['state'] | 'loading';
  /** Lets the waiting version take over; it then controls the page and `newVersionControls` is called. */
  activate: () => Promise<void>;
  reload: () => void;
}

/** What the user's "Reload" led to: updating, or held back because edits are not stored. */
export type ReloadOutcome = 'updating' | 'unsaved';

export interface UpdateFlow {
  /**
   * The user chose "Reload": store the edits, then update. With unstored edits (storage
   * failed, a conflict with another tab) nothing happens unless `anyway` — the user has
   * been told the edits would be lost and insisted.
   */
  reloadToUpdate(anyway?: boolean): Promise<ReloadOutcome>;
  /**
   * The new version now controls this page. Reload if this tab asked for it; if another tab
   * did, say 'ask': this tab keeps running, and reloads when its user chooses.
   */
  newVersionControls(): 'reloaded' | 'ask';
}

export function createUpdateFlow(deps: UpdateFlowDeps): UpdateFlow {
  let asked = false;
  // Another tab's "Reload" already activated the new version: only this page is left to reload.
  let alreadyActive = false;
  return {
    async reloadToUpdate(anyway = false) {
      await deps.flush();
      if (!anyway && deps.saveState() !== 'saved') return 'unsaved';
      asked = true;
      if (alreadyActive) deps.reload();
      else await deps.activate();
      return 'updating';
    },
    newVersionControls() {
      if (asked) {
        deps.reload();
        return 'reloaded';
      }
      alreadyActive = true;
      return 'ask';
    },
  };
}
