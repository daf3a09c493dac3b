import { describe, expect, it } from 'vitest';
import { retailJourney } from '../samples/retail';
import { nodeLabel, type Journey } from '../model/journey';
import { journeyPicture, pictureSubtitle } from './journey-picture';
import { HOSTILE_NAMES, hostileJourney, largeJourney, readSvg, xmlVisible } from './picture.fixtures';

const noSpace = (s: string) => s.replace(/\s+/g, '');
/** A name is in the picture's text when its words appear in one `<text>`, however the lines wrap. */
const inText = (texts: string[], name: string) => texts.some((t) => noSpace(t).includes(noSpace(name)));

describe('the journey picture', () => {
  it('draws every node of the sample as native SVG, its names as real text, under 200 KB', () => {
    const { svg, width, height } = journeyPicture(retailJourney, { date: '3 December 2026' });
    const reading = readSvg(svg);
    expect(reading.elements.has('foreignObject')).toBe(false);
    expect([...reading.elements].sort()).toEqual(['circle', 'desc', 'g', 'line', 'path', 'rect', 'svg', 'text', 'title', 'tspan']);
    for (const node of retailJourney.nodes) expect(inText(reading.texts, nodeLabel(node)), nodeLabel(node)).toBe(true);
    expect(new TextEncoder().encode(svg).length).toBeLessThan(200 * 1024);
    expect(reading.root).toMatchObject({ xmlns: 'http://www.w3.org/2000/svg', width: String(width), height: String(height) });
  });

  it('titles the picture with the journey and what it holds', () => {
    const reading = readSvg(journeyPicture(retailJourney, { date: '3 December 2026' }).svg);
    expect(reading.titles[0]).toBe('Retail cart abandonment');
    expect(reading.texts.slice(0, 2)).toEqual(['Retail cart abandonment', pictureSubtitle(retailJourney, '3 December 2026')]);
    expect(pictureSubtitle(retailJourney, '3 December 2026')).toBe('3 personas, 7 events, 2 decisions, 11 actions · 34 connections · static route of 11 steps · 3 December 2026');
  });

  it('shows each card’s facts, badges, branch labels, likelihoods and route steps as the canvas does', () => {
    const { texts } = readSvg(journeyPicture(retailJourney).svg);
    for (const words of ['45% of customers · Price-sensitive', 'Prefers SMS', 'cart_abandoned Web', 'Rules · 4 branches', 'Email · cost 0.02', 'Goal', 'Exit', '2 h', '1 d', 'No preference', '70%']) {
      expect(texts, words).toContain(words);
    }
    // Every step of the static route is numbered on its connection, 1 to 11.
    for (let step = 1; step <= retailJourney.staticRoute.length; step++) expect(texts).toContain(String(step));
  });

  it('keeps hostile names as text: markup, CDATA ends, entities, quotes, emoji, right-to-left, long words', () => {
    const journey = hostileJourney();
    const { svg } = journeyPicture(journey);
    const reading = readSvg(svg);
    // Only the picture's own elements: nothing a name carried became markup.
    expect([...reading.elements].every((e) => ['svg', 'title', 'desc', 'rect', 'text', 'tspan', 'g', 'path', 'circle', 'line'].includes(e))).toBe(true);
    expect(svg).not.toMatch(/<(img|script|b)\b/);
    expect(svg).not.toContain(']]>');
    expect(reading.titles[0]).toBe(journey.name);
    for (const name of HOSTILE_NAMES) {
      const visible = xmlVisible(name);
      // The full name in the card's title; its start (the card may cut it with an ellipsis) in its text.
      expect(reading.titles.some((t) => t.endsWith(`: ${visible}`)), name).toBe(true);
      expect(reading.texts.some((t) => noSpace(visible).startsWith(noSpace(t).replace(/…$/, '')) || inText([t], visible)), name).toBe(true);
    }
  });

  it('includes every node of a 1,000-node journey', () => {
    const journey = largeJourney(1000);
    const { svg } = journeyPicture(journey);
    const reading = readSvg(svg);
    const names = new Set(reading.texts);
    const missing = journey.nodes.filter((n) => !names.has(nodeLabel(n)));
    expect(missing.map(nodeLabel)).toEqual([]);
  });

  it('draws an empty journey as its title alone, and skips a connection to a missing node', () => {
    const empty: Journey = { id: 'j', name: '', description: '', nodes: [], edges: [], staticRoute: [], stops: [] };
    const reading = readSvg(journeyPicture(empty).svg);
    expect(reading.texts).toEqual(['Untitled journey', 'no nodes · 0 connections']);
    const broken = { ...retailJourney, edges: [...retailJourney.edges, { id: 'dangling', source: 'nowhere', target: retailJourney.nodes[0]!.id, branch: null, likelihood: null }] };
    expect(() => readSvg(journeyPicture(broken).svg)).not.toThrow();
  });
});
