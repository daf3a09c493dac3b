import { describe, expect, it } from 'vitest';
import { createUpdateFlow, type UpdateFlowDeps } from './update-flow';

/** A flow whose effects are recorded in order, with the save state the flush leaves behind. */
function recorded(stateAfterFlush: ReturnType<UpdateFlowDeps['saveState']> = 'saved') {
  const calls: string[] = [];
  let state: ReturnType<UpdateFlowDeps['saveState']> = 'pending';
  const flow = createUpdateFlow({
    flush: async () => {
      calls.push('flush');
      state = stateAfterFlush;
    },
    saveState: () => state,
    activate: async () => {
      calls.push('activate');
    },
    reload: () => calls.push('reload'),
  });
  return { flow, calls };
}

describe('update flow', () => {
  it('stores every edit before the new version takes over, and reloads once it controls the page', async () => {
    const { flow, calls } = recorded();
    expect(await flow.reloadToUpdate()).toBe('updating');
    expect(calls).toEqual(['flush', 'activate']);
    expect(flow.newVersionControls()).toBe('reloaded');
    expect(calls).toEqual(['flush', 'activate', 'reload']);
  });

  it('never reloads by itself when another tab updated: it asks, and reloads when the user chooses', async () => {
    const { flow, calls } = recorded();
    expect(flow.newVersionControls()).toBe('ask');
    expect(calls).toEqual([]);
    expect(await flow.reloadToUpdate()).toBe('updating');
    // The new version is already active: nothing to activate, only this page to reload.
    expect(calls).toEqual(['flush', 'reload']);
  });

  it.each(['error', 'conflict'] as const)('holds the update while edits are not stored (%s)', async (state) => {
    const { flow, calls } = recorded(state);
    expect(await flow.reloadToUpdate()).toBe('unsaved');
    expect(calls).toEqual(['flush']);
    // Nothing was asked for, so a takeover by another tab does not reload this one.
    expect(flow.newVersionControls()).toBe('ask');
    expect(calls).toEqual(['flush']);
  });

  it('updates with unstored edits only when the user insists', async () => {
    const { flow, calls } = recorded('error');
    expect(await flow.reloadToUpdate(true)).toBe('updating');
    expect(calls).toEqual(['flush', 'activate']);
  });
});
