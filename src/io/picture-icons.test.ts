import { describe, expect, it } from 'vitest';
import * as lucide from 'lucide-react';
import { KIND_STYLES, ExitIcon, GoalIcon, TimerIcon } from '../canvas/kinds';
import { NODE_KINDS } from '../model/journey';
import { ICONS, spellOutPath, type IconName } from './picture-icons';

/** Lucide's own shapes for an icon, as the installed lucide-react package ships them. */
async function lucideShapes(name: string): Promise<unknown> {
  const module = (await import(`lucide-react/icons/${name}`)) as { __iconData: { node: [string, Record<string, string>][] } };
  return module.__iconData.node.map(([tag, { key: _key, ...attributes }]) => [tag, attributes]);
}

/** lucide-react names its components after the icon: `UserRound` is `user-round`. */
const iconName = (component: { displayName?: string }): string => component.displayName!.replace(/[a-z0-9](?=[A-Z])/g, '$&-').toLowerCase();

describe("the picture's icons", () => {
  it.each(Object.keys(ICONS))('%s is exactly Lucide’s shape', async (name) => {
    expect(ICONS[name as IconName]).toEqual(await lucideShapes(name));
  });

  it('are the icons the canvas draws for each kind and badge', () => {
    for (const kind of NODE_KINDS) expect(Object.keys(ICONS)).toContain(iconName(KIND_STYLES[kind].icon));
    expect(iconName(TimerIcon)).toBe('timer');
    expect(iconName(GoalIcon)).toBe('flag');
    expect(iconName(ExitIcon)).toBe('log-out');
    expect(iconName(lucide.Route)).toBe('route');
  });
});

describe('path data for every renderer', () => {
  it('spells out compact numbers and arc flags', () => {
    expect(spellOutPath('M15.914 4a1.5 1.5 0 00-2.474-1.561l-9 9A1.5 1.5 0 005.5 14h4.002a.5.5 0 01.471.666z')).toBe(
      'M 15.914 4 a 1.5 1.5 0 0 0 -2.474 -1.561 l -9 9 A 1.5 1.5 0 0 0 5.5 14 h 4.002 a .5 .5 0 0 1 .471 .666 z',
    );
    expect(spellOutPath('M4 22V4q2 0 3.067-.8m21.854 2.147-10.94 10.939')).toBe('M 4 22 V 4 q 2 0 3.067 -.8 m 21.854 2.147 -10.94 10.939');
  });

  it('reads every Lucide icon the picture uses', () => {
    for (const shapes of Object.values(ICONS)) for (const [, attributes] of shapes) if ('d' in attributes) expect(() => spellOutPath(attributes.d)).not.toThrow();
  });
});
