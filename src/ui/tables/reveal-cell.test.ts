import { describe, expect, it } from 'vitest';
import { autoscrollStep, revealOffsets } from './reveal-cell';

// The free part of a grid box 900 px wide whose row labels take 400 px and header 90 px.
const FREE = { left: 400, top: 90, right: 900, bottom: 500 };
const cellAt = (left: number, top: number, w = 80, h = 32) => ({
  left,
  top,
  right: left + w,
  bottom: top + h,
});

describe('revealOffsets', () => {
  it('scrolls a cell out from under the sticky row labels and header', () => {
    // Tab wrapped to the next row's first cell, which the browser left behind the labels.
    expect(revealOffsets(cellAt(330, 200), FREE)).toEqual({ dx: -70, dy: 0 });
    // ↑ into a row behind the sticky header.
    expect(revealOffsets(cellAt(500, 70), FREE)).toEqual({ dx: 0, dy: -20 });
  });

  it('scrolls a cell past the right or bottom edge into view, and leaves a visible one alone', () => {
    expect(revealOffsets(cellAt(850, 480), FREE)).toEqual({ dx: 30, dy: 12 });
    expect(revealOffsets(cellAt(500, 200), FREE)).toEqual({ dx: 0, dy: 0 });
  });

  it('shows the start of a cell wider than the free part', () => {
    expect(revealOffsets(cellAt(380, 200, 600), FREE)).toEqual({ dx: -20, dy: 0 });
    expect(revealOffsets(cellAt(450, 200, 600), FREE)).toEqual({ dx: 50, dy: 0 });
  });
});

describe('autoscrollStep', () => {
  const free = { left: 100, top: 50, right: 900, bottom: 450 };
  it('nothing inside, away from the edges', () => {
    expect(autoscrollStep({ x: 500, y: 200 }, free)).toEqual({ dx: 0, dy: 0 });
  });
  it('towards the side the pointer is past or near, faster the farther past, at most 40 px a frame', () => {
    expect(autoscrollStep({ x: 500, y: 445 }, free).dy).toBe(4);
    expect(autoscrollStep({ x: 500, y: 560 }, free).dy).toBe(40);
    expect(autoscrollStep({ x: 95, y: 200 }, free).dx).toBeLessThan(0);
    expect(autoscrollStep({ x: 950, y: 20 }, free)).toEqual({ dx: 22, dy: -15 });
  });
});
